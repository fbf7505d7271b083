import { presetsCommand } from './commands/presets.ts';
import { inspectCommand } from './commands/inspect.ts';
import { sampleCommand } from './commands/sample.ts';
import { trajectoryCommand } from './commands/trajectory.ts';
import { renderCommand } from './commands/render.ts';
import { networkCommand } from './commands/network.ts';
import { flagHelp, HYPERPARAMETER_FLAGS, optimizerHelp } from './hyperparameterFlags.ts';
import { UsageError } from './UsageError.ts';
import { escapeUnprintable, excerpt } from '../core/index.ts';

type Command = (args: readonly string[]) => void | Promise<void>;

const COMMANDS: Readonly<Record<string, Command>> = {
  presets: presetsCommand,
  inspect: inspectCommand,
  sample: sampleCommand,
  trajectory: trajectoryCommand,
  render: renderCommand,
  network: networkCommand,
};

const USAGE = `Usage: curvature <command> [flags]
  presets                                         the built-in test functions
  inspect --function F --at X,Y                   value, gradient, Hessian and its eigen-decomposition
  sample --function F [--x LO,HI --y LO,HI] --size NX[,NY] [--format json|csv] [--scale linear|log]
  trajectory --function F --optimizer NAME --from X,Y --steps N [${HYPERPARAMETER_FLAGS.map((flag) => `--${flag}`).join(' ')} --tol] [--format json|csv]
             [--schedule NAME:key=value,…]
                                                  an optimizer's path
  render SESSION.json -o OUT.(mp4|webm|gif|png|tar) [--size WxH --fps N --duration S]
                                                  a video, GIF, PNG still or PNG sequence (.tar) of a saved session
  network inspect --net NET.json --data FILE.csv [--top K]
                                                  a network's loss, gradient, top Hessian eigenvalues and trace
  network slice --net NET.json --data FILE.csv --directions DIRS.json|random|hessian [--seed S] --size N --span A
                                                  the loss on the plane θ + alpha·d1 + beta·d2
  network train --net NET.json --data FILE.csv --optimizer NAME [hyperparameters] --steps N [--batch B --seed S] -o OUT.net.json
                                                  trains the network; prints the loss after each step
F is a preset name or an expression in x and y, such as "x^2 + 3*y^2". Instead of --function F,
inspect, sample and trajectory take --surface FILE [--key NAME]: a loss-landscape .h5 file (train_loss
unless --key names another dataset) or a CSV grid x,y,f; the domain is the file's.
--schedule is a torch lr schedule: StepLR, CosineAnnealingLR, LinearLR, OneCycleLR.

Optimizers (NAME) and their flags, each with its default and allowed values:
${optimizerHelp()}

Hyperparameter flags:
${flagHelp()}`;

/** Runs one command; returns the exit code (0 ok, 2 bad input, 1 unexpected failure). */
export async function main(argv: readonly string[]): Promise<number> {
  const [name, ...args] = argv;
  if (name === '--help' || name === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const command = name !== undefined && Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  try {
    if (name === undefined)
      throw new UsageError(`No command given. Commands: ${Object.keys(COMMANDS).join(', ')}; curvature help shows how to use them.`);
    if (command === undefined) throw new UsageError(`Unknown command '${name}'. Commands: ${Object.keys(COMMANDS).join(', ')}.`);
    await command(args);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`curvature: ${oneLine(error.message)}\n`);
      return 2;
    }
    process.stderr.write(`curvature: unexpected failure: ${oneLine(error instanceof Error ? error.message : String(error))}\n`);
    return 1;
  }
}

/** The longest message line; longer ones quoted something they should not have and are cut. */
const MAX_MESSAGE_LENGTH = 600;

/**
 * A message as one terminal-safe line: line breaks become spaces, control and direction characters
 * become \uXXXX (a quoted argument must not clear the screen or retitle the window), and it stays short.
 */
export function oneLine(message: string): string {
  return escapeUnprintable(excerpt(message.replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ').trim(), MAX_MESSAGE_LENGTH));
}
