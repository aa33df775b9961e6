/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation LoginPage_LoginMutation($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      expiresAt\n      user {\n        id\n        email\n        role\n      }\n    }\n  }\n": typeof types.LoginPage_LoginMutationDocument,
    "\n  query HomePageQuery {\n    me {\n      kind\n      email\n      role\n      tenant {\n        name\n        slug\n      }\n    }\n  }\n": typeof types.HomePageQueryDocument,
    "\n  query CasePanelQuery($id: UUID!) {\n    case(id: $id) {\n      id\n      status\n      priority\n      riskScore\n      decision\n      amount\n      userId\n      transaction {\n        id\n        type\n        currency\n        matchedRules {\n          code\n          label\n          weight\n        }\n        allChecks {\n          code\n          status\n          detail\n        }\n      }\n      linkedEntities {\n        kind\n        value\n        userId\n        confirmedFraud\n        latestLabel\n      }\n    }\n  }\n": typeof types.CasePanelQueryDocument,
    "\n  mutation ResolveCaseMutation(\n    $id: UUID!\n    $label: AnalystLabel!\n    $confidence: Confidence!\n    $note: String\n  ) {\n    resolveCase(caseId: $id, label: $label, confidence: $confidence, note: $note) {\n      id\n      status\n    }\n  }\n": typeof types.ResolveCaseMutationDocument,
    "\n  query QueuePanelQuery($filter: ReviewQueueFilter) {\n    reviewQueue(filter: $filter, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          status\n          priority\n          riskScore\n          decision\n          amount\n          userId\n          createdAt\n          slaDueAt\n          updatedAt\n          assignee {\n            email\n          }\n        }\n      }\n    }\n  }\n": typeof types.QueuePanelQueryDocument,
    "\n  subscription QueuePanelSubscription {\n    reviewQueue {\n      type\n      case {\n        id\n        status\n        priority\n        riskScore\n        decision\n        amount\n        userId\n        createdAt\n        slaDueAt\n        updatedAt\n        assignee {\n          email\n        }\n      }\n    }\n  }\n": typeof types.QueuePanelSubscriptionDocument,
};
const documents: Documents = {
    "\n  mutation LoginPage_LoginMutation($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      expiresAt\n      user {\n        id\n        email\n        role\n      }\n    }\n  }\n": types.LoginPage_LoginMutationDocument,
    "\n  query HomePageQuery {\n    me {\n      kind\n      email\n      role\n      tenant {\n        name\n        slug\n      }\n    }\n  }\n": types.HomePageQueryDocument,
    "\n  query CasePanelQuery($id: UUID!) {\n    case(id: $id) {\n      id\n      status\n      priority\n      riskScore\n      decision\n      amount\n      userId\n      transaction {\n        id\n        type\n        currency\n        matchedRules {\n          code\n          label\n          weight\n        }\n        allChecks {\n          code\n          status\n          detail\n        }\n      }\n      linkedEntities {\n        kind\n        value\n        userId\n        confirmedFraud\n        latestLabel\n      }\n    }\n  }\n": types.CasePanelQueryDocument,
    "\n  mutation ResolveCaseMutation(\n    $id: UUID!\n    $label: AnalystLabel!\n    $confidence: Confidence!\n    $note: String\n  ) {\n    resolveCase(caseId: $id, label: $label, confidence: $confidence, note: $note) {\n      id\n      status\n    }\n  }\n": types.ResolveCaseMutationDocument,
    "\n  query QueuePanelQuery($filter: ReviewQueueFilter) {\n    reviewQueue(filter: $filter, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          status\n          priority\n          riskScore\n          decision\n          amount\n          userId\n          createdAt\n          slaDueAt\n          updatedAt\n          assignee {\n            email\n          }\n        }\n      }\n    }\n  }\n": types.QueuePanelQueryDocument,
    "\n  subscription QueuePanelSubscription {\n    reviewQueue {\n      type\n      case {\n        id\n        status\n        priority\n        riskScore\n        decision\n        amount\n        userId\n        createdAt\n        slaDueAt\n        updatedAt\n        assignee {\n          email\n        }\n      }\n    }\n  }\n": types.QueuePanelSubscriptionDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LoginPage_LoginMutation($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      expiresAt\n      user {\n        id\n        email\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LoginPage_LoginMutation($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      expiresAt\n      user {\n        id\n        email\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomePageQuery {\n    me {\n      kind\n      email\n      role\n      tenant {\n        name\n        slug\n      }\n    }\n  }\n"): (typeof documents)["\n  query HomePageQuery {\n    me {\n      kind\n      email\n      role\n      tenant {\n        name\n        slug\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CasePanelQuery($id: UUID!) {\n    case(id: $id) {\n      id\n      status\n      priority\n      riskScore\n      decision\n      amount\n      userId\n      transaction {\n        id\n        type\n        currency\n        matchedRules {\n          code\n          label\n          weight\n        }\n        allChecks {\n          code\n          status\n          detail\n        }\n      }\n      linkedEntities {\n        kind\n        value\n        userId\n        confirmedFraud\n        latestLabel\n      }\n    }\n  }\n"): (typeof documents)["\n  query CasePanelQuery($id: UUID!) {\n    case(id: $id) {\n      id\n      status\n      priority\n      riskScore\n      decision\n      amount\n      userId\n      transaction {\n        id\n        type\n        currency\n        matchedRules {\n          code\n          label\n          weight\n        }\n        allChecks {\n          code\n          status\n          detail\n        }\n      }\n      linkedEntities {\n        kind\n        value\n        userId\n        confirmedFraud\n        latestLabel\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveCaseMutation(\n    $id: UUID!\n    $label: AnalystLabel!\n    $confidence: Confidence!\n    $note: String\n  ) {\n    resolveCase(caseId: $id, label: $label, confidence: $confidence, note: $note) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ResolveCaseMutation(\n    $id: UUID!\n    $label: AnalystLabel!\n    $confidence: Confidence!\n    $note: String\n  ) {\n    resolveCase(caseId: $id, label: $label, confidence: $confidence, note: $note) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QueuePanelQuery($filter: ReviewQueueFilter) {\n    reviewQueue(filter: $filter, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          status\n          priority\n          riskScore\n          decision\n          amount\n          userId\n          createdAt\n          slaDueAt\n          updatedAt\n          assignee {\n            email\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query QueuePanelQuery($filter: ReviewQueueFilter) {\n    reviewQueue(filter: $filter, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          status\n          priority\n          riskScore\n          decision\n          amount\n          userId\n          createdAt\n          slaDueAt\n          updatedAt\n          assignee {\n            email\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription QueuePanelSubscription {\n    reviewQueue {\n      type\n      case {\n        id\n        status\n        priority\n        riskScore\n        decision\n        amount\n        userId\n        createdAt\n        slaDueAt\n        updatedAt\n        assignee {\n          email\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription QueuePanelSubscription {\n    reviewQueue {\n      type\n      case {\n        id\n        status\n        priority\n        riskScore\n        decision\n        amount\n        userId\n        createdAt\n        slaDueAt\n        updatedAt\n        assignee {\n          email\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;