import type { Resolvers } from '../generated/graphql';
import { Application } from './application';
import { CaseMember } from './case-member';
import { ChangeNotice } from './change-notice';
import { Household } from './household';
import { Mutation } from './mutation';
import { NoticeConnection } from './notice-connection';
import { Query } from './query';
import { Resident } from './resident';
import { Staff } from './staff';
import { WelfareCase } from './welfare-case';
import { WelfareRecord } from './welfare-record';

export const resolvers: Resolvers = { Query, Mutation, Staff, WelfareCase, CaseMember, Application, Household, Resident, WelfareRecord, ChangeNotice, NoticeConnection };
