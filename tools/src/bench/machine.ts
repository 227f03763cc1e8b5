import { cpus, totalmem } from 'node:os';

/** The machine a measurement was taken on. */
export interface Machine {
  cpus: number;
  cpu: string;
  memoryGiB: number;
  node: string;
}

export function thisMachine(): Machine {
  return { cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version };
}

export const describeMachine = (machine: Machine) => `${machine.cpus} × ${machine.cpu}, ${machine.memoryGiB} GiB, Node ${machine.node}`;
