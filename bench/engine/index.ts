/**
 * The agentic engine's run time for an organization with 10,000 leads, and the lead scorer's
 * AUC on the synthetic history (model vs heuristic), on PostgreSQL (localhost:5432, database `test`).
 * Run: npx ts-node --transpile-only bench/engine/index.ts [leads=10000]
 */
import 'reflect-metadata';
import { createApp } from '../../src/app.factory';
import { AgenticEngineService } from '../../src/agents/agentic-engine/agentic-engine.service';
import { AppConfig } from '../../src/config/app-config';
import { LeadScoringService } from '../../src/modules/crm/lead-scoring.service';
import { heuristicScore } from '../../src/modules/crm/scoring/heuristic';
import { auc, modelScore, trainLogistic } from '../../src/modules/crm/scoring/logistic';
import { syntheticHistory } from '../../src/modules/crm/scoring/synthetic-history';
import { OrganizationsService } from '../../src/modules/organizations/organizations.service';
import { DataSource } from 'typeorm';
import { seedLeads } from '../../test/crm/crm-factory';
import { createTestDatabase } from '../../test/support/databases';

const LEADS = Number(process.argv[2] ?? 10_000);

function offlineAuc() {
  const train = syntheticHistory(600, 11);
  const holdout = syntheticHistory(5000, 99);
  const parameters = trainLogistic(train);
  const labels = holdout.map((e) => e.won);
  return {
    model: auc(holdout.map((e) => modelScore(parameters, e.facts).score), labels),
    heuristic: auc(holdout.map((e) => heuristicScore(e.facts).score), labels),
  };
}

async function main() {
  const database = await createTestDatabase('bench_engine');
  const config = AppConfig.fromEnv({ DATABASE_URL: database.url, STEWARD_BOOTSTRAP_TOKEN: `stw_bench_${Date.now()}_engine`, LOG_LEVEL: 'warn', DOCS_ENABLED: 'false', METRICS_ENABLED: 'false', NODE_ENV: 'test' } as NodeJS.ProcessEnv, 'all');
  const app = await createApp(config);
  await app.init();
  try {
    const db = app.get(DataSource);
    const org = await app.get(OrganizationsService).create({ name: 'Bench Leads Ltd', plan: 'pro' } as never, null);
    const closed = Math.round(LEADS * 0.3);
    let t0 = Date.now();
    await seedLeads(db, org.id, syntheticHistory(closed, 31), { prefix: 'Closed' });
    await seedLeads(db, org.id, syntheticHistory(LEADS - closed, 32), { open: true, prefix: 'Open' });
    const seedMs = Date.now() - t0;

    t0 = Date.now();
    const training = await app.get(LeadScoringService).retrain(org.id);
    const retrainMs = Date.now() - t0;

    const engine = app.get(AgenticEngineService);
    const runs: number[] = [];
    let first: Awaited<ReturnType<AgenticEngineService['analyze']>> | undefined;
    for (let i = 0; i < 5; i += 1) {
      t0 = Date.now();
      const result = await engine.analyze(org.id, 'manual');
      runs.push(Date.now() - t0);
      first ??= result;
    }
    const sorted = [...runs].sort((a, b) => a - b);
    const offline = offlineAuc();
    const round = (x: number) => Math.round(x * 1000) / 1000;
    console.log(JSON.stringify({
      leads: LEADS,
      seedMs,
      engine: {
        firstRunMs: runs[0],
        medianRunMs: sorted[Math.floor(sorted.length / 2)],
        runsMs: runs,
        insights: first!.insights.map((i) => `${i.type}:${i.confidence}`),
        proposalsFiledFirstRun: first!.filed,
      },
      scorer: {
        retrainAndRescoreMs: retrainMs,
        closedLeads: training.closedLeads,
        method: training.method,
        crossValidatedAuc: { model: training.modelAuc, heuristic: training.heuristicAuc },
        heldOutAuc: { model: round(offline.model), heuristic: round(offline.heuristic), trainedOn: 600, heldOut: 5000 },
      },
    }, null, 2));
  } finally {
    await app.close();
    await database.drop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
