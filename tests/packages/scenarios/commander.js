// commander 14.0.3 (the newest CommonJS line): options with values, defaults, custom parsers,
// negatable and variadic options, choices and env defaults (Option), a subcommand with
// arguments and its own options, the errors it reports with exitOverride (invalid argument,
// invalid choice, unknown option), --version and --help output captured by configureOutput,
// and parsing a process.argv-style array.
'use strict';

const { equal, requireFixture, mustFinish } = require('../../packages/common.js');

const done = mustFinish('commander');
const r = {};

const { Command, Option, InvalidArgumentError, CommanderError } = requireFixture('commander');
function makeProgram(out) {
  const program = new Command('tool');
  program
    .version('1.2.3')
    .description('A weft scenario CLI')
    .exitOverride()
    .configureOutput({ writeOut: (s) => out.push(['out', s]), writeErr: (s) => out.push(['err', s]) })
    .option('-d, --debug', 'output extra debugging')
    .option('-p, --port <number>', 'port to use', (v) => {
      const n = Number.parseInt(v, 10);
      if (Number.isNaN(n)) throw new InvalidArgumentError('Not a number.');
      return n;
    }, 8080)
    .option('--no-color', 'disable colors')
    .option('-t, --tag <tags...>', 'tags')
    .addOption(new Option('-m, --mode <mode>', 'run mode').choices(['dev', 'prod']).default('dev').env('WEFT_SCENARIO_MODE'));
  program.command('serve <dir> [rest...]')
    .description('serve a folder')
    .option('-w, --watch', 'watch files')
    .action((dir, rest, opts, cmd) => out.push(['serve', dir, rest, opts, cmd.name(), cmd.parent.opts().port]));
  return program;
}
function run(argv) {
  const out = [];
  const program = makeProgram(out);
  try {
    program.parse(argv, { from: 'user' });
    out.push(['opts', program.opts(), program.args]);
  } catch (e) {
    out.push(['error', e instanceof CommanderError, e.code, e.exitCode, e.message]);
  }
  return out;
}
r['options'] = run(['-d', '--port', '3000', '--no-color', '-t', 'a', 'b', '--mode', 'prod']);
r['defaults'] = run([]);
r['subcommand'] = run(['-p', '81', 'serve', 'public', 'x', 'y', '--watch']);
r['invalid argument'] = run(['--port', 'abc']);
r['invalid choice'] = run(['--mode', 'test']);
r['unknown option'] = run(['--nope']);
r['version'] = run(['--version']);
r['help'] = run(['--help']);
r['subcommand help'] = makeProgram([]).commands[0].helpInformation();
process.env.WEFT_SCENARIO_MODE = 'prod';
r['env'] = run([]);
delete process.env.WEFT_SCENARIO_MODE;
r['process.argv'] = (() => {
  const program = new Command().option('-x <v>').allowExcessArguments().exitOverride();
  program.parse(['node', 'script.js', '-x', '5', 'pos']);
  return [program.opts(), program.args];
})();

// Expected: what Node 26.10.0 gives for each key of r.
const expected = {
  "options": [
    [
      "err",
      "Usage: tool [options] [command]\n\nA weft scenario CLI\n\nOptions:\n  -V, --version                    output the version number\n  -d, --debug                      output extra debugging\n  -p, --port <number>              port to use (default: 8080)\n  --no-color                       disable colors\n  -t, --tag <tags...>              tags\n  -m, --mode <mode>                run mode (choices: \"dev\", \"prod\", default:\n                                   \"dev\", env: WEFT_SCENARIO_MODE)\n  -h, --help                       display help for command\n\nCommands:\n  serve [options] <dir> [rest...]  serve a folder\n  help [command]                   display help for command\n"
    ],
    [
      "error",
      true,
      "commander.help",
      1,
      "(outputHelp)"
    ]
  ],
  "defaults": [
    [
      "err",
      "Usage: tool [options] [command]\n\nA weft scenario CLI\n\nOptions:\n  -V, --version                    output the version number\n  -d, --debug                      output extra debugging\n  -p, --port <number>              port to use (default: 8080)\n  --no-color                       disable colors\n  -t, --tag <tags...>              tags\n  -m, --mode <mode>                run mode (choices: \"dev\", \"prod\", default:\n                                   \"dev\", env: WEFT_SCENARIO_MODE)\n  -h, --help                       display help for command\n\nCommands:\n  serve [options] <dir> [rest...]  serve a folder\n  help [command]                   display help for command\n"
    ],
    [
      "error",
      true,
      "commander.help",
      1,
      "(outputHelp)"
    ]
  ],
  "subcommand": [
    [
      "serve",
      "public",
      [
        "x",
        "y"
      ],
      {
        "watch": true
      },
      "serve",
      81
    ],
    [
      "opts",
      {
        "port": 81,
        "color": true,
        "mode": "dev"
      },
      [
        "serve",
        "public",
        "x",
        "y",
        "--watch"
      ]
    ]
  ],
  "invalid argument": [
    [
      "err",
      "error: option '-p, --port <number>' argument 'abc' is invalid. Not a number.\n"
    ],
    [
      "error",
      true,
      "commander.invalidArgument",
      1,
      "error: option '-p, --port <number>' argument 'abc' is invalid. Not a number."
    ]
  ],
  "invalid choice": [
    [
      "err",
      "error: option '-m, --mode <mode>' argument 'test' is invalid. Allowed choices are dev, prod.\n"
    ],
    [
      "error",
      true,
      "commander.invalidArgument",
      1,
      "error: option '-m, --mode <mode>' argument 'test' is invalid. Allowed choices are dev, prod."
    ]
  ],
  "unknown option": [
    [
      "err",
      "error: unknown option '--nope'\n(Did you mean --mode?)\n"
    ],
    [
      "error",
      true,
      "commander.unknownOption",
      1,
      "error: unknown option '--nope'\n(Did you mean --mode?)"
    ]
  ],
  "version": [
    [
      "out",
      "1.2.3\n"
    ],
    [
      "error",
      true,
      "commander.version",
      0,
      "1.2.3"
    ]
  ],
  "help": [
    [
      "out",
      "Usage: tool [options] [command]\n\nA weft scenario CLI\n\nOptions:\n  -V, --version                    output the version number\n  -d, --debug                      output extra debugging\n  -p, --port <number>              port to use (default: 8080)\n  --no-color                       disable colors\n  -t, --tag <tags...>              tags\n  -m, --mode <mode>                run mode (choices: \"dev\", \"prod\", default:\n                                   \"dev\", env: WEFT_SCENARIO_MODE)\n  -h, --help                       display help for command\n\nCommands:\n  serve [options] <dir> [rest...]  serve a folder\n  help [command]                   display help for command\n"
    ],
    [
      "error",
      true,
      "commander.helpDisplayed",
      0,
      "(outputHelp)"
    ]
  ],
  "subcommand help": "Usage: tool serve [options] <dir> [rest...]\n\nserve a folder\n\nOptions:\n  -w, --watch  watch files\n  -h, --help   display help for command\n",
  "env": [
    [
      "err",
      "Usage: tool [options] [command]\n\nA weft scenario CLI\n\nOptions:\n  -V, --version                    output the version number\n  -d, --debug                      output extra debugging\n  -p, --port <number>              port to use (default: 8080)\n  --no-color                       disable colors\n  -t, --tag <tags...>              tags\n  -m, --mode <mode>                run mode (choices: \"dev\", \"prod\", default:\n                                   \"dev\", env: WEFT_SCENARIO_MODE)\n  -h, --help                       display help for command\n\nCommands:\n  serve [options] <dir> [rest...]  serve a folder\n  help [command]                   display help for command\n"
    ],
    [
      "error",
      true,
      "commander.help",
      1,
      "(outputHelp)"
    ]
  ],
  "process.argv": [
    {
      "x": "5"
    },
    [
      "pos"
    ]
  ]
};

equal('the same checks as under Node', Object.keys(r), Object.keys(expected));
for (const key of Object.keys(expected)) equal(key, r[key], expected[key]);
done();
