import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ResidentRow } from '../data/residents';
import type { HouseholdRow } from '../data/households';
import type { ResidentChangeRow } from '../data/changes';
import type { Context } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** ISO 8601 calendar date, `YYYY-MM-DD` (西暦). 和暦 is a matter of display. */
  Date: { input: string; output: string; }
  /** ISO 8601 date-time in UTC, e.g. `2025-04-01T09:00:00.000Z`. */
  DateTime: { input: string; output: string; }
  /** Arbitrary JSON value (before/after values of a change). */
  JSON: { input: unknown; output: unknown; }
  federation__FieldSet: { input: unknown; output: unknown; }
  link__Import: { input: unknown; output: unknown; }
};

/**
 * What a department says a caseworker must look at (要確認事項), e.g. a light vehicle is
 * registered or the person is taxable.
 */
export type Finding = {
  __typename?: 'Finding';
  /** Stable machine code, e.g. `TAX_LIGHT_VEHICLE`. */
  code: Scalars['String']['output'];
  /** One line in Japanese for the caseworker. */
  message: Scalars['String']['output'];
  /** `critical` (affects the benefit or eligibility now), `warning` (to check), or `info`. */
  severity: Scalars['String']['output'];
};

/** A household (世帯) as registered; members in the registry's display order. */
export type Household = {
  __typename?: 'Household';
  address: Scalars['String']['output'];
  /** 世帯主 */
  head: Resident;
  /** 世帯番号: digits, the last one a modulus-11 check digit. */
  householdNo: Scalars['ID']['output'];
  /** 世帯員 in display order: head, spouse, children by birth date, others. */
  members: Array<Resident>;
  postalCode: Scalars['String']['output'];
};

/** 住民記録 (resident registry): persons, households and their changes (異動). */
export type Query = {
  __typename?: 'Query';
  /** A household by 世帯番号. BAD_USER_INPUT when the check digit does not match; null when unknown. */
  household?: Maybe<Household>;
  /** A person by 団体内統合宛名番号. BAD_USER_INPUT when the check digit does not match; null when unknown. */
  resident?: Maybe<Resident>;
  /**
   * Finds persons by name in kanji or kana (hiragana, katakana and half-width katakana alike,
   * spaces ignored) or by atenaNo, optionally narrowed by birth date. At most `first` (≤ 100)
   * results, ordered by reading.
   */
  searchResidents: Array<Resident>;
};


/** 住民記録 (resident registry): persons, households and their changes (異動). */
export type QueryHouseholdArgs = {
  householdNo: Scalars['ID']['input'];
};


/** 住民記録 (resident registry): persons, households and their changes (異動). */
export type QueryResidentArgs = {
  atenaNo: Scalars['ID']['input'];
};


/** 住民記録 (resident registry): persons, households and their changes (異動). */
export type QuerySearchResidentsArgs = {
  birthDate?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  query: Scalars['String']['input'];
};

/** A person in the resident registry (住民票), identified across departments by atenaNo. */
export type Resident = {
  __typename?: 'Resident';
  /** 住所 including 方書 (building and room). */
  address: Scalars['String']['output'];
  /** 住所を定めた年月日 */
  addressSince: Scalars['Date']['output'];
  /** 団体内統合宛名番号: digits, the last one a modulus-11 check digit. */
  atenaNo: Scalars['ID']['output'];
  /** 生年月日 */
  birthDate: Scalars['Date']['output'];
  /** 異動履歴 (registry changes), newest first. */
  changes: Array<ResidentChange>;
  household: Household;
  /** 世帯番号 */
  householdNo: Scalars['ID']['output'];
  /** 氏名 (kanji): surname and given name separated by a full-width space. */
  name: Scalars['String']['output'];
  /** 氏名カナ (full-width katakana), separated likewise. */
  nameKana: Scalars['String']['output'];
  /** 郵便番号 */
  postalCode: Scalars['String']['output'];
  /** 転入前住所, when the person moved in from elsewhere. */
  previousAddress?: Maybe<Scalars['String']['output']>;
  /** 続柄 to the head of household (世帯主, 妻, 子, 子の子, 母, 縁故者, 同居人 …). */
  relationship: Scalars['String']['output'];
  /** 住民となった年月日 */
  residentSince: Scalars['Date']['output'];
  /** 性別 (男 / 女) */
  sex: Scalars['String']['output'];
  /** 住民状態: 住民 / 転出 / 死亡 */
  status: Scalars['String']['output'];
};

/** One registry change (異動) of a person, as the registry standard records it. */
export type ResidentChange = {
  __typename?: 'ResidentChange';
  /** 異動日: when the event happened (for 転出, the planned date). */
  changeDate: Scalars['Date']['output'];
  /** 履歴番号: counts up from 1 per person. */
  historyNo: Scalars['Int']['output'];
  /** 世帯番号 before the change, when it moved the person between households. */
  householdNoBefore?: Maybe<Scalars['ID']['output']>;
  /** 届出日, for notified changes. */
  notifiedOn?: Maybe<Scalars['Date']['output']>;
  /** 処理日: when the registry processed it. */
  processedOn: Scalars['Date']['output'];
  /** 異動事由 (転入, 出生, 転出, 死亡, 転居, 世帯分離 …). */
  reason: Scalars['String']['output'];
  /** 記載 (added), 消除 (removed) or 修正 (changed). */
  reasonGroup: Scalars['String']['output'];
};

export type Link__Purpose =
  | 'EXECUTION'
  | 'SECURITY';



export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = {
  Household: Household;
  Resident: Resident;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Household:
    ( { __typename: 'Household' }
    & GraphQLRecursivePick<FederationTypes['Household'], {"householdNo":true}> );
  Resident:
    ( { __typename: 'Resident' }
    & GraphQLRecursivePick<FederationTypes['Resident'], {"atenaNo":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Finding: ResolverTypeWrapper<Finding>;
  Household: ResolverTypeWrapper<HouseholdRow>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Resident: ResolverTypeWrapper<ResidentRow>;
  ResidentChange: ResolverTypeWrapper<ResidentChangeRow>;
  federation__FieldSet: ResolverTypeWrapper<Scalars['federation__FieldSet']['output']>;
  link__Import: ResolverTypeWrapper<Scalars['link__Import']['output']>;
  link__Purpose: Link__Purpose;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Finding: Finding;
  Household: HouseholdRow;
  ID: Scalars['ID']['output'];
  JSON: Scalars['JSON']['output'];
  Query: Record<PropertyKey, never>;
  Int: Scalars['Int']['output'];
  Resident: ResidentRow;
  ResidentChange: ResidentChangeRow;
  federation__FieldSet: Scalars['federation__FieldSet']['output'];
  link__Import: Scalars['link__Import']['output'];
  Boolean: Scalars['Boolean']['output'];
  String: Scalars['String']['output'];
};

export type AuthenticatedDirectiveArgs = { };

export type AuthenticatedDirectiveResolver<Result, Parent, ContextType = Context, Args = AuthenticatedDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type InaccessibleDirectiveArgs = { };

export type InaccessibleDirectiveResolver<Result, Parent, ContextType = Context, Args = InaccessibleDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type InterfaceObjectDirectiveArgs = { };

export type InterfaceObjectDirectiveResolver<Result, Parent, ContextType = Context, Args = InterfaceObjectDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type LinkDirectiveArgs = {
  as?: Maybe<Scalars['String']['input']>;
  for?: Maybe<Link__Purpose>;
  import?: Maybe<Array<Maybe<Scalars['link__Import']['input']>>>;
  url: Scalars['String']['input'];
};

export type LinkDirectiveResolver<Result, Parent, ContextType = Context, Args = LinkDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type OverrideDirectiveArgs = {
  from: Scalars['String']['input'];
};

export type OverrideDirectiveResolver<Result, Parent, ContextType = Context, Args = OverrideDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type PolicyDirectiveArgs = {
  policies: Array<Array<Scalars['String']['input']>>;
};

export type PolicyDirectiveResolver<Result, Parent, ContextType = Context, Args = PolicyDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type RequiresScopesDirectiveArgs = {
  scopes: Array<Array<Scalars['String']['input']>>;
};

export type RequiresScopesDirectiveResolver<Result, Parent, ContextType = Context, Args = RequiresScopesDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ShareableDirectiveArgs = { };

export type ShareableDirectiveResolver<Result, Parent, ContextType = Context, Args = ShareableDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type TagDirectiveArgs = {
  name: Scalars['String']['input'];
};

export type TagDirectiveResolver<Result, Parent, ContextType = Context, Args = TagDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type FindingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Finding'] = ResolversParentTypes['Finding']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  severity?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type HouseholdResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Household'] = ResolversParentTypes['Household'], FederationReferenceType extends FederationReferenceTypes['Household'] = FederationReferenceTypes['Household']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Household']> | FederationReferenceType, FederationReferenceType, ContextType>;
  address?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  head?: Resolver<ResolversTypes['Resident'], ParentType, ContextType>;
  householdNo?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['Resident']>, ParentType, ContextType>;
  postalCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  household?: Resolver<Maybe<ResolversTypes['Household']>, ParentType, ContextType, RequireFields<QueryHouseholdArgs, 'householdNo'>>;
  resident?: Resolver<Maybe<ResolversTypes['Resident']>, ParentType, ContextType, RequireFields<QueryResidentArgs, 'atenaNo'>>;
  searchResidents?: Resolver<Array<ResolversTypes['Resident']>, ParentType, ContextType, RequireFields<QuerySearchResidentsArgs, 'first' | 'query'>>;
};

export type ResidentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Resident'] = ResolversParentTypes['Resident'], FederationReferenceType extends FederationReferenceTypes['Resident'] = FederationReferenceTypes['Resident']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Resident']> | FederationReferenceType, FederationReferenceType, ContextType>;
  address?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  addressSince?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  atenaNo?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  birthDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  changes?: Resolver<Array<ResolversTypes['ResidentChange']>, ParentType, ContextType>;
  household?: Resolver<ResolversTypes['Household'], ParentType, ContextType>;
  householdNo?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameKana?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  postalCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  previousAddress?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  relationship?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  residentSince?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  sex?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ResidentChangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ResidentChange'] = ResolversParentTypes['ResidentChange']> = {
  changeDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  historyNo?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  householdNoBefore?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  notifiedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  processedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reasonGroup?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export interface Federation__FieldSetScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['federation__FieldSet'], any> {
  name: 'federation__FieldSet';
}

export interface Link__ImportScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['link__Import'], any> {
  name: 'link__Import';
}

export type Resolvers<ContextType = Context> = {
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Finding?: FindingResolvers<ContextType>;
  Household?: HouseholdResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  Query?: QueryResolvers<ContextType>;
  Resident?: ResidentResolvers<ContextType>;
  ResidentChange?: ResidentChangeResolvers<ContextType>;
  federation__FieldSet?: GraphQLScalarType;
  link__Import?: GraphQLScalarType;
};

export type DirectiveResolvers<ContextType = Context> = {
  authenticated?: AuthenticatedDirectiveResolver<any, any, ContextType>;
  inaccessible?: InaccessibleDirectiveResolver<any, any, ContextType>;
  interfaceObject?: InterfaceObjectDirectiveResolver<any, any, ContextType>;
  link?: LinkDirectiveResolver<any, any, ContextType>;
  override?: OverrideDirectiveResolver<any, any, ContextType>;
  policy?: PolicyDirectiveResolver<any, any, ContextType>;
  requiresScopes?: RequiresScopesDirectiveResolver<any, any, ContextType>;
  shareable?: ShareableDirectiveResolver<any, any, ContextType>;
  tag?: TagDirectiveResolver<any, any, ContextType>;
};
