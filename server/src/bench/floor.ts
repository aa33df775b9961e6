import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  Arg,
  Field,
  Float,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  buildSchema,
} from 'type-graphql';
import type { Orm } from '../db/orm.js';

@ObjectType()
class FloorResult {
  @Field(() => Float)
  id!: number;
}

/** The floor: the cheapest useful mutation on the same stack — one INSERT through the same pool. */
function floorResolver(orm: Orm) {
  @Resolver()
  class FloorResolver {
    @Query(() => Boolean)
    ok(): boolean {
      return true;
    }

    @Mutation(() => FloorResult)
    async floor(@Arg('amount', () => Float) amount: number): Promise<FloorResult> {
      const rows = await orm.em
        .getConnection()
        .execute<{ id: string }[]>('insert into bench_floor (amount) values (?) returning id', [
          amount,
        ]);
      return { id: Number(rows[0]!.id) };
    }
  }
  return FloorResolver;
}

/** Starts the floor server on a random port of 127.0.0.1. */
export async function startFloor(
  orm: Orm,
): Promise<{ url: string; server: Server; stop(): Promise<void> }> {
  await orm.em
    .getConnection()
    .execute(
      'create table if not exists bench_floor (id bigserial primary key, amount float8 not null, created_at timestamptz not null default now())',
    );
  // type-graphql checks every @Authorized it has seen, Warden's included, for an auth checker.
  const schema = await buildSchema({
    resolvers: [floorResolver(orm)],
    validate: false,
    authChecker: () => true,
  });
  const apollo = new ApolloServer({ schema });
  await apollo.start();
  const app = express();
  app.use('/graphql', express.json({ limit: '4mb' }), expressMiddleware(apollo));
  const server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    server,
    async stop() {
      await apollo.stop();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
