// Batch print jobs of the core: `print.batchStart` plans the batch (refusals come back at once), then
// runs it in the background; `print.batchStatus` reports done/total/state and the files; `print.batchCancel`
// stops it between two documents. Jobs live in memory per core (a batch is re-run, not resumed, after a
// restart). Layer: electron/core.
import { isAbsolute } from 'node:path';
import { DomainError } from '../../../shared/contract/result';
import type { BatchStatus } from '../../../shared/forms/jobs';
import { planBatch, runBatch, type BatchRequest } from '../print/batch';
import { chromiumRefusal } from './print-service';
import { today, type ServiceContext } from './context';

interface Job {
  status: BatchStatus;
  cancel: boolean;
  finished: Promise<void>;
}

const registries = new WeakMap<ServiceContext, Map<string, Job>>();

function jobsOf(ctx: ServiceContext): Map<string, Job> {
  let jobs = registries.get(ctx);
  if (!jobs) registries.set(ctx, (jobs = new Map()));
  return jobs;
}

function checkOut(req: BatchRequest): void {
  if (!isAbsolute(req.out)) throw new DomainError('invalid-path', 'Đường dẫn lưu phải là đường dẫn đầy đủ.', { path: 'out' });
  if (req.combined && !req.out.toLowerCase().endsWith('.pdf')) throw new DomainError('invalid-path', 'Khi ghép thành một tệp, đường dẫn lưu phải là tệp .pdf.', { path: 'out' });
}

const snapshot = (job: Job): BatchStatus => structuredClone(job.status);

export async function startBatch(ctx: ServiceContext, req: BatchRequest): Promise<{ jobId: string; total: number }> {
  checkOut(req);
  const plan = await planBatch(ctx.db.kysely, req);
  const jobId = ctx.newId();
  const job: Job = {
    cancel: false,
    finished: Promise.resolve(),
    status: { jobId, form: req.form, state: 'running', done: 0, total: plan.subjects.length, pages: 0, files: [], missing: [], missingTotal: 0, error: null, startedAt: ctx.now().toISOString(), finishedAt: null },
  };
  jobsOf(ctx).set(jobId, job);
  job.finished = runBatch(plan, req, {
    today: today(ctx),
    isCancelled: () => job.cancel,
    onProgress: (p) => Object.assign(job.status, p),
    ...(ctx.openPdfRenderer ? { openRenderer: ctx.openPdfRenderer } : {}),
  })
    .catch(chromiumRefusal)
    .then(
      (result) => {
        Object.assign(job.status, { state: result.state, done: result.done, pages: result.pages, files: result.files, missing: result.missing, missingTotal: result.missingTotal });
      },
      (err: unknown) => {
        const code = err instanceof DomainError ? err.code : 'internal';
        const message = err instanceof DomainError ? err.message : `In hàng loạt bị lỗi: ${err instanceof Error ? err.message : String(err)}`;
        Object.assign(job.status, { state: 'failed', error: { code, message } });
      },
    )
    .finally(() => {
      job.status.finishedAt = ctx.now().toISOString();
    });
  return { jobId, total: plan.subjects.length };
}

function requireJob(ctx: ServiceContext, jobId: string): Job {
  const job = jobsOf(ctx).get(jobId);
  if (!job) throw new DomainError('not-found', 'Không tìm thấy lượt in hàng loạt này (có thể ứng dụng đã khởi động lại).', { path: 'jobId' });
  return job;
}

export function batchStatus(ctx: ServiceContext, input: { jobId: string }): BatchStatus {
  return snapshot(requireJob(ctx, input.jobId));
}

export function batchCancel(ctx: ServiceContext, input: { jobId: string }): BatchStatus {
  const job = requireJob(ctx, input.jobId);
  if (job.status.state === 'running') {
    job.cancel = true;
    job.status.state = 'cancelling';
  }
  return snapshot(job);
}

/** Waits for a job to finish (tests, CLI). */
export async function waitForBatch(ctx: ServiceContext, jobId: string): Promise<BatchStatus> {
  const job = requireJob(ctx, jobId);
  await job.finished;
  return snapshot(job);
}
