import { presetsCommand } from './commands/presets.ts';
import { inspectCommand } from './commands/inspect.ts';
import { sampleCommand } from './commands/sample.ts';
import { trajectoryCommand } from './commands/trajectory.ts';
import { renderCommand } from './commands/render.ts';
import { flagHelp, HYPERPARAMETER_FLAGS, optimizerHelp } from './hyperparameterFlags.ts';
import { UsageError } from './UsageError.ts';

type Command = (args: readonly string[]) => void | Promise<void>;

const COMMANDS: Readonly<Record<string, Command>> = {
  presets: presetsCommand,
  inspect: inspectCommand,
  sample: sampleCommand,
  trajectory: trajectoryCommand,
  render: renderCommand,
};

const USAGE = `Usage: curvature <command> [flags]
  presets                                         the built-in test functions
  inspect --function F --at X,Y                   value, gradient, Hessian and its eigen-decomposition
  sample --function F [--x LO,HI --y LO,HI] --size NX[,NY] [--format json|csv] [--scale linear|log]
  trajectory --function F --optimizer NAME --from X,Y --steps N [${HYPERPARAMETER_FLAGS.map((flag) => `--${flag}`).join(' ')} --tol] [--format json|csv]
                                                  an optimizer's path
  render SESSION.json -o OUT.(mp4|webm|gif|png|tar) [--size WxH --fps N --duration S]
                                                  a video, GIF, PNG still or PNG sequence (.tar) of a saved session
F is a preset name or an expression in x and y, such as "x^2 + 3*y^2".

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
      process.stderr.write(`curvature: ${error.message.replace(/\s*\n\s*/g, ' ')}\n`);
      return 2;
    }
    process.stderr.write(`curvature: unexpected failure: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}
