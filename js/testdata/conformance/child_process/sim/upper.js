// helper of sim_stdin_pipe: reads stdin to its end, writes it upper-cased with a count of the chunks, exits 5
let text = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (d) => { text += d; });
process.stdin.on('end', () => {
  process.stdout.write(text.toUpperCase());
  process.stdout.write('stdin ended\n');
  process.exitCode = 5;
});
