import { Field, Int, ObjectType, type ClassType } from 'type-graphql';
import type { Page } from '../db/pagination.js';

@ObjectType()
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

export interface Connection<N> {
  edges: { cursor: string; node: N }[];
  pageInfo: PageInfo;
  totalCount: number;
}

/**
 * Builds the `<Name>Edge` type and an abstract connection base; subclass it with
 * `@ObjectType('<Name>Connection')`.
 */
export function ConnectionType<N extends object>(node: ClassType<N>, name: string) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field(() => String)
    cursor!: string;

    @Field(() => node)
    node!: N;
  }

  @ObjectType()
  abstract class ConnectionClass implements Connection<N> {
    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int)
    totalCount!: number;
  }
  return ConnectionClass;
}

/** Maps a service page to a connection, converting each entity with `map`. */
export function toConnection<E, N>(page: Page<E>, map: (entity: E) => N): Connection<N> {
  return {
    edges: page.nodes.map((entity, i) => ({
      cursor: page.cursors[i] ?? '',
      node: map(entity),
    })),
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
    totalCount: page.totalCount,
  };
}
