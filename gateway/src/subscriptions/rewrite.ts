import {
  GraphQLError, Kind, OperationTypeNode, TypeInfo, validate, visit, visitWithTypeInfo,
  type DocumentNode, type FieldNode, type GraphQLSchema, type NamedTypeNode, type VariableDefinitionNode,
} from 'graphql';

/** The one subscription field (CONTRACT.md). */
export const SUBSCRIPTION_FIELD = 'noticeAdded';
/** The variable that carries the notice's id into the rewritten query. */
export const NOTICE_ID_VARIABLE = '__noticeId';

/** A refusal the client reads, in Japanese with the English in `messageEn`. */
function refusal(ja: string, en: string): GraphQLError {
  return new GraphQLError(ja, { extensions: { code: 'BAD_REQUEST', messageEn: en } });
}

const name = (value: string) => ({ kind: Kind.NAME, value }) as const;

const idVariable: VariableDefinitionNode = {
  kind: Kind.VARIABLE_DEFINITION,
  variable: { kind: Kind.VARIABLE, name: name(NOTICE_ID_VARIABLE) },
  type: { kind: Kind.NON_NULL_TYPE, type: { kind: Kind.NAMED_TYPE, name: name('ID') } },
};

/** The root fields an operation asks of the Subscription type (through fragments too). */
function subscriptionRootFields(schema: GraphQLSchema, document: DocumentNode): string[] {
  const typeInfo = new TypeInfo(schema);
  const subscription = schema.getSubscriptionType();
  const fields: string[] = [];
  visit(document, visitWithTypeInfo(typeInfo, {
    Field(node) {
      if (subscription && typeInfo.getParentType() === subscription) fields.push(node.name.value);
    },
  }));
  return fields;
}

/**
 * Validates a document sent over WebSocket: valid against the API schema, only subscription
 * operations, only `noticeAdded`, and its rewritten query valid too (so a schema without
 * `Query.notice` is refused at subscribe time, not at every event).
 */
export function validateNoticeSubscription(schema: GraphQLSchema, document: DocumentNode): GraphQLError[] {
  const errors = safeValidate(schema, document);
  if (errors.length > 0) return [...errors];
  const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  if (operations.some((o) => o.operation !== OperationTypeNode.SUBSCRIPTION)) {
    return [refusal('WebSocket では購読（noticeAdded）のみ受け付けます。照会と更新は HTTP の POST /graphql で送ってください。', 'Only subscriptions (noticeAdded) are served over WebSocket; send queries and mutations with HTTP POST /graphql')];
  }
  const others = subscriptionRootFields(schema, document).filter((f) => f !== SUBSCRIPTION_FIELD);
  if (others.length > 0) return [refusal(`購読できるのは ${SUBSCRIPTION_FIELD} だけです。`, `Only ${SUBSCRIPTION_FIELD} may be subscribed to, not ${others.join(', ')}`)];
  if (operations.some((o) => o.variableDefinitions?.some((v) => v.variable.name.value === NOTICE_ID_VARIABLE))) {
    return [refusal(`変数名 $${NOTICE_ID_VARIABLE} は使えません。`, `The variable name $${NOTICE_ID_VARIABLE} is reserved`)];
  }
  return safeValidate(schema, toNoticeQuery(schema, document).document);
}

/** graphql-js throws for some documents (a root directive with a variable); graphql-ws would close the socket. */
function safeValidate(schema: GraphQLSchema, document: DocumentNode): GraphQLError[] {
  try {
    return [...validate(schema, document)];
  } catch (error) {
    return [error instanceof GraphQLError ? error : refusal('この購読は検証できません。', 'The subscription could not be validated')];
  }
}

export interface NoticeQuery {
  document: DocumentNode;
  /** Where the notice lands in the result: the subscriber's alias, or `noticeAdded`. */
  responseKey: string;
}

/**
 * Rewrites `subscription { a: noticeAdded { ...selection } }` into
 * `query($__noticeId: ID!) { a: notice(id: $__noticeId) { ...selection } }`, keeping the
 * subscriber's variables, aliases, directives and fragments (those on Subscription move to Query),
 * so that the federated query planner resolves exactly the selection the subscriber asked for.
 */
export function toNoticeQuery(schema: GraphQLSchema, document: DocumentNode): NoticeQuery {
  const typeInfo = new TypeInfo(schema);
  const subscription = schema.getSubscriptionType();
  const queryName = schema.getQueryType()?.name ?? 'Query';
  let responseKey: string = SUBSCRIPTION_FIELD;
  const onQuery = (condition: NamedTypeNode | undefined) => (condition && condition.name.value === subscription?.name ? { ...condition, name: name(queryName) } : condition);
  const rewritten = visit(document, visitWithTypeInfo(typeInfo, {
    OperationDefinition: {
      leave: (node) => node.operation !== OperationTypeNode.SUBSCRIPTION ? node
        : { ...node, operation: OperationTypeNode.QUERY, variableDefinitions: [...(node.variableDefinitions ?? []), idVariable] },
    },
    FragmentDefinition: { leave: (node) => ({ ...node, typeCondition: onQuery(node.typeCondition) ?? node.typeCondition }) },
    InlineFragment: { leave: (node) => ({ ...node, typeCondition: onQuery(node.typeCondition) }) },
    Field: {
      // On leave the parent type is still the one the field was selected on.
      leave(node): FieldNode | undefined {
        if (!subscription || typeInfo.getParentType() !== subscription || node.name.value !== SUBSCRIPTION_FIELD) return undefined;
        responseKey = node.alias?.value ?? SUBSCRIPTION_FIELD;
        return {
          ...node,
          alias: name(responseKey),
          name: name('notice'),
          arguments: [{ kind: Kind.ARGUMENT, name: name('id'), value: { kind: Kind.VARIABLE, name: name(NOTICE_ID_VARIABLE) } }],
        };
      },
    },
  }));
  return { document: rewritten, responseKey };
}
