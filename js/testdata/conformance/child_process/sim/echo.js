// helper of sim_spawn_*: writes its arguments to stdout and a line to stderr, then exits with code 3
process.stdout.write('args ' + process.argv.slice(2).join(',') + '\n');
process.stderr.write('err line\n');
process.exitCode = 3;
