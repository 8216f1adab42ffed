// tty.WriteStream.prototype.getColorDepth(env) and hasColors(count, env) for node 20's environment rules: FORCE_COLOR,
// NO_COLOR, NODE_DISABLE_COLORS, TERM=dumb, TMUX, CI services, TeamCity, TERM_PROGRAM, COLORTERM and the terminal names.
const tty = require('tty');
const env = [{}, {FORCE_COLOR: '0'}, {FORCE_COLOR: ''}, {FORCE_COLOR: '1'}, {FORCE_COLOR: '2'}, {FORCE_COLOR: '3'}, {FORCE_COLOR: 'true'}, {FORCE_COLOR: 'false'}, {FORCE_COLOR: 'x'}, {NO_COLOR: ''}, {NO_COLOR: '1', TERM: 'xterm-256color'},
  {NODE_DISABLE_COLORS: '1'}, {TERM: 'dumb'}, {TERM: 'dumb', FORCE_COLOR: '1'}, {TMUX: '1'}, {CI: '1'}, {CI: '1', TRAVIS: '1'}, {CI: '1', GITHUB_ACTIONS: 'true'}, {CI: '1', GITLAB_CI: '1'}, {CI: '1', CI_NAME: 'codeship'}, {CI: '1', APPVEYOR: '1'}, {CI: '1', BUILDKITE: '1'}, {CI: '1', DRONE: '1'}, {CI: '1', CIRCLECI: '1'}, {CI: ''},
  {TEAMCITY_VERSION: '9.1.0'}, {TEAMCITY_VERSION: '8.0'}, {TERM_PROGRAM: 'iTerm.app'}, {TERM_PROGRAM: 'iTerm.app', TERM_PROGRAM_VERSION: '3.0'}, {TERM_PROGRAM: 'iTerm.app', TERM_PROGRAM_VERSION: '2.9'}, {TERM_PROGRAM: 'HyperTerm'}, {TERM_PROGRAM: 'MacTerm'}, {TERM_PROGRAM: 'Apple_Terminal'}, {TERM_PROGRAM: 'vscode'},
  {COLORTERM: 'truecolor'}, {COLORTERM: '24bit'}, {COLORTERM: '1'}, {COLORTERM: ''}, {TERM: 'xterm'}, {TERM: 'xterm-256color'}, {TERM: 'XTERM-256'}, {TERM: 'screen-256color'}, {TERM: 'screen'}, {TERM: 'rxvt-unicode-24bit'}, {TERM: 'linux'}, {TERM: 'vt100'}, {TERM: 'vt220'}, {TERM: 'cygwin'}, {TERM: 'ansi'}, {TERM: 'xterm-kitty'}, {TERM: 'alacritty'}, {TERM: 'Eterm'}, {TERM: 'eterm-color'}, {TERM: 'con80x25'}, {TERM: 'con132x43'}, {TERM: 'mosh'}, {TERM: 'putty'}, {TERM: 'st'}, {TERM: 'st-256color'}, {TERM: 'terminator'}, {TERM: 'tmux'}, {TERM: 'tmux-256color'}, {TERM: 'rxvt'}, {TERM: 'konsole'}, {TERM: 'kterm'}, {TERM: 'gnome'}, {TERM: 'hurd'}, {TERM: 'jfbterm'}, {TERM: 'color'}, {TERM: 'mlterm'}, {TERM: 'openbsd'}, {TERM: 'foo-color'}, {TERM: 'vt52'}, {TERM: 'unknown'}, {TERM: 'xterm-direct'}, {TERM: 'xterm-truecolor'}, {TERM: 'fbterm'}, {TERM: 'dvtm'}, {TERM: 'wsvt25'}, {TERM: 'Eterm-256'}];
for (const e of env) {
  const d = tty.WriteStream.prototype.getColorDepth(e);
  const h = [2, 16, 256, 257, 2 ** 24, 2 ** 24 + 1].map((n) => tty.WriteStream.prototype.hasColors(n, e));
  console.log(JSON.stringify(e), d, h.join(' '), tty.WriteStream.prototype.hasColors(e));
}
for (const bad of ['16', -1, 0, 1.5, null]) {
  try { console.log(bad, tty.WriteStream.prototype.hasColors(bad, {})); } catch (e) { console.log(bad, e.code, e.message); }
}
const more = [{ CI: '', TRAVIS: '1' }, { TMUX: '' }, { TEAMCITY_VERSION: '' }, { TEAMCITY_VERSION: '10.0' }, { TEAMCITY_VERSION: '9.0.1' },
  { TERM_PROGRAM: 'iTerm.app', TERM_PROGRAM_VERSION: '' }, { TERM: 'cons25' }, { TERM: 'console' }, { TERM: 'dtterm' }, { TERM: 'CONSOLE' },
  { TERM: 'xterm-256' }, { TERM: 'Xterm-256color' }, { TERM: '' }, { TERM: 'vt100-x' }, { TERM: 'conx' }, { COLORTERM: 'TRUECOLOR' },
  { NO_COLOR: '', FORCE_COLOR: '2' }, { TERM: 'dumb', COLORTERM: 'truecolor' }, { TMUX: '1', CI: '1' }, { CI: '1', TMUX: '' },
  { TERM_PROGRAM: 'MacTerm', COLORTERM: '1' }, { TERM: 'xterm', COLORTERM: 'truecolor' }, { FORCE_COLOR: 3 }, { FORCE_COLOR: ' 1' }];
for (const e of more) console.log(JSON.stringify(e), tty.WriteStream.prototype.getColorDepth(e), tty.WriteStream.prototype.hasColors(e));
for (const bad of [1, 2 ** 53, Infinity, NaN, true]) {
  try { console.log(bad, tty.WriteStream.prototype.hasColors(bad, {})); } catch (e) { console.log(bad, e.code, e.message); }
}
console.log(tty.WriteStream.prototype.hasColors(16, { TERM: 'xterm' }), tty.WriteStream.prototype.hasColors(2, { TERM: 'xterm' }), tty.WriteStream.prototype.hasColors({ COLORTERM: 'truecolor' }));
