package js

// Compiling a CommonJS file as node does: inside the module wrapper, with
// the syntax goja lacks lowered only when the file needs it, positions
// mapped back to the user's (positions.go), and a SyntaxError printed as
// node prints it (syntaxerror.go).

import (
	"errors"
	"path"
	"strings"

	"github.com/dop251/goja"
	"github.com/dop251/goja/ast"
	"github.com/dop251/goja/parser"

	"github.com/evloop/evloop/js/esm"
	"github.com/evloop/evloop/js/internal/agmark"
	"github.com/evloop/evloop/js/internal/argsarrow"
	"github.com/evloop/evloop/js/internal/catchhook"
	"github.com/evloop/evloop/js/internal/evalguard"
	"github.com/evloop/evloop/js/internal/relchain"
	"github.com/evloop/evloop/js/internal/trywrap"
)

// cjsParams are the CommonJS wrapper's parameters, as node names them.
const cjsParams = "exports, require, module, __filename, __dirname"

// wrapperHead is what precedes a module's code on its first line.
func wrapperHead(params string) string { return "(function (" + params + ") {" }

// compileWrapped compiles code (name's source, or code lowered from it)
// as the function "(function (params) {code\n})", every position goja
// reports mapped to name's own.
func compileWrapped(name, params, code string) (*goja.Program, error) {
	head := wrapperHead(params)
	src := head + code + "\n})"
	prg, src, err := parseFile(name, src)
	if err != nil {
		return nil, err
	}
	relchain.Regroup(prg, src)
	catchhook.Insert(prg, src)
	evalguard.Insert(prg, src)
	agmark.Mark(prg, src)
	argsarrow.Insert(prg, src)
	evalguard.InsertIndirect(prg, src)
	trywrap.Insert(prg, src)
	if m := positionMap(name, len(head), code); m != nil {
		prg.File.SetSourceMap(m)
	}
	if base := path.Base(name); base != "[eval]" && base != "[stdin]" {
		// node runs -e and stdin code unwrapped: its frames have no name
		nameWrapper(prg)
	}
	return goja.CompileAST(prg, false)
}

// parseFile parses src as goja does, and when goja refuses a parameter
// list that node takes (esm.ArrowParamsMessage), parses it again with the
// lists before `=>` given a trailing comma (esm.ArrowParams), then also
// with the parameters goja refuses in any list put in a rest parameter's
// array pattern (esm.ParamPatterns); it returns the source it parsed. goja's first error stands if that does
// not help.
func parseFile(name, src string) (*ast.Program, string, error) {
	prg, err := parser.ParseFile(nil, name, src, 0, parser.WithDisableSourceMaps)
	if err != nil && strings.Contains(err.Error(), esm.ArrowParamsMessage) {
		fixed := esm.ArrowParams(src)
		if fixed != src {
			if p, ferr := parser.ParseFile(nil, name, fixed, 0, parser.WithDisableSourceMaps); ferr == nil {
				return p, fixed, nil
			}
		}
		if fixed = esm.ParamPatterns(fixed); fixed != src {
			if p, ferr := parser.ParseFile(nil, name, fixed, 0, parser.WithDisableSourceMaps); ferr == nil {
				return p, fixed, nil
			}
		}
	}
	return prg, src, err
}

// wrapperName is what V8 calls the CommonJS wrapper in a stack frame: node
// calls it as a method of module.exports, an Object, and it has no name.
const wrapperName = "Object.<anonymous>"

// nameWrapper names the wrapper function of a parsed CommonJS file
// wrapperName, so that goja's frames of the module's top level read
// "at Object.<anonymous> (file:line:column)" as node's do (without a name
// goja writes only the place). No code can refer to a name that is not an
// identifier, so the binding a named function expression makes is unseen.
func nameWrapper(prg *ast.Program) {
	if len(prg.Body) != 1 {
		return
	}
	st, ok := prg.Body[0].(*ast.ExpressionStatement)
	if !ok {
		return
	}
	if fn, ok := st.Expression.(*ast.FunctionLiteral); ok && fn.Name == nil {
		fn.Name = &ast.Identifier{Name: wrapperName, Idx: fn.Function}
	}
}

// compileModule compiles code, an ES module's transformed source, with its
// positions mapped back to the module's own through esbuild's inline map,
// counted in columns as node counts them (positions.go): goja reading that
// map itself printed every mapped column one short.
func compileModule(url, code string) (*goja.Program, error) {
	ast, code, err := parseFile(url, code)
	if err != nil {
		return nil, err
	}
	relchain.Regroup(ast, code)
	catchhook.Insert(ast, code)
	evalguard.Insert(ast, code)
	agmark.Mark(ast, code)
	argsarrow.Insert(ast, code)
	evalguard.InsertIndirect(ast, code)
	trywrap.Insert(ast, code)
	if m := positionMap(url, 0, code); m != nil {
		ast.File.SetSourceMap(m)
	}
	return goja.CompileAST(ast, false)
}

// compileCommonJS compiles src, the CommonJS file name: as it is when goja
// can (the path and cost every plain file takes), else with the syntax goja
// lacks lowered (esm.LowerCommonJS). With detect set (node decides the
// file's module type by parsing it), an ES-module source gives
// esm.ErrModuleSyntax. A source that is not valid JavaScript gives a
// *syntaxError positioned in src.
func compileCommonJS(name, src string, detect bool) (prg *goja.Program, lowered bool, err error) {
	if esm.NeedsClassFieldLowering(src) || esm.NeedsAnnexBLowering(src) || esm.NeedsRegExpLowering(src) {
		// goja compiles it, and then runs its class fields with a wrong
		// this (esm.NeedsClassFieldLowering), or keeps a function declared
		// in a block inside it (esm.NeedsAnnexBLowering): lowered first.
		if code, err := esm.LowerCommonJS(name, src, detect); err == nil {
			if prg, err := compileWrapped(name, cjsParams, code); err == nil {
				return prg, true, nil
			}
		} else if errors.Is(err, esm.ErrModuleSyntax) {
			return nil, false, err
		}
	}
	prg, err = compileWrapped(name, cjsParams, src)
	if err == nil {
		return prg, false, nil
	}
	if se, ok := plainSyntaxError(name, src, len(wrapperHead(cjsParams)), err); ok && usePlainSyntaxErrors {
		// a typo: V8's words without esbuild (plainsyntax.go)
		return nil, false, moduleStatementFirst(name, src, detect, se)
	}
	first := gojaSyntaxError(name, src, len(wrapperHead(cjsParams)), err)
	code, lerr := esm.LowerCommonJS(name, src, detect)
	if lerr != nil {
		if errors.Is(lerr, esm.ErrModuleSyntax) {
			return nil, false, lerr
		}
		var ee *esm.Error
		if errors.As(lerr, &ee) {
			return nil, false, moduleStatementFirst(name, src, detect, fromESMError(ee))
		}
		return nil, false, moduleStatementFirst(name, src, detect, first)
	}
	prg, err = compileWrapped(name, cjsParams, code)
	if err != nil {
		// esbuild took it, goja still does not (a regular expression flag
		// goja lacks, say): goja's complaint about the user's own text.
		return nil, false, moduleStatementFirst(name, src, detect, first)
	}
	return prg, true, nil
}

// moduleStatementFirst is the error V8 reports for a CommonJS file that
// does not compile: an import or export declaration before se's position
// is where V8 stops ("Cannot use import statement outside a module",
// "Unexpected token 'export'"), whatever goja or esbuild said about it or
// about something later. A file node detects the type of (detect) is
// decided elsewhere.
func moduleStatementFirst(name, src string, detect bool, se *syntaxError) *syntaxError {
	se = moduleSyntaxError(src, se)
	if detect {
		return se
	}
	off, kw, ok := esm.FirstModuleStatement(src)
	if !ok {
		return se
	}
	line := strings.Count(src[:off], "\n") + 1
	col := off - (strings.LastIndexByte(src[:off], '\n') + 1)
	if line > se.line || line == se.line && col > se.col {
		return se
	}
	msg := "Unexpected token 'export'"
	if kw == "import" {
		msg = "Cannot use import statement outside a module"
	}
	return &syntaxError{file: name, message: msg, line: line, col: col, length: len(kw), lineText: sourceLine(src, line)}
}

// gojaSyntaxError is goja's parse or compile error as a *syntaxError in
// src, whose first line carries a wrapper of headLen bytes.
func gojaSyntaxError(name, src string, headLen int, err error) *syntaxError {
	se := &syntaxError{file: name, line: 1, message: err.Error()}
	var list parser.ErrorList
	var one *parser.Error
	var ce *goja.CompilerSyntaxError
	switch {
	case errors.As(err, &list) && len(list) > 0:
		se.line, se.col, se.message = list[0].Position.Line, list[0].Position.Column-1, list[0].Message
	case errors.As(err, &one):
		se.line, se.col, se.message = one.Position.Line, one.Position.Column-1, one.Message
	case errors.As(err, &ce) && ce.File != nil:
		if msg, n, ok := regExpLiteralError(src, ce.Offset-headLen, ce.Message); ok {
			// a regular expression goja's engines refuse, where it
			// starts (goja's mapped position is past the end)
			at := ce.Offset - headLen
			se.line = strings.Count(src[:at], "\n") + 1
			se.col = at - (strings.LastIndexByte(src[:at], '\n') + 1)
			se.message, se.lineText, se.length = msg, sourceLine(src, se.line), n
			return se
		}
		p := ce.File.Position(ce.Offset)
		se.line, se.col, se.message = p.Line, p.Column-1, ce.Message
	}
	if se.message == "Missing initializer in destructuring declaration" {
		// V8 underlines the pattern; goja points after it
		text := sourceLine(src, se.line)
		if se.line == 1 {
			text = wrapperHead(cjsParams) + text
		}
		if at, n, ok := patternBefore(text, se.col); ok {
			se.col, se.length = at, n
			if se.line == 1 {
				se.col -= headLen
			}
			se.lineText = sourceLine(src, se.line)
			return se
		}
	}
	if se.line == 1 {
		se.col -= headLen
	}
	se.lineText = sourceLine(src, se.line)
	if se.col < 0 || se.col > len(se.lineText) {
		se.line, se.col = lineCount(src), 0
		se.lineText = sourceLine(src, se.line)
	}
	se.length = tokenLength(se.lineText, se.col)
	return moduleSyntaxError(src, se)
}

// moduleSyntaxError gives se, a script's syntax error, V8's place and
// words where it is ES-module syntax that goja or esbuild stop after:
// import.meta, and an await outside an async function (case
// modules/esm_syntax_warning).
func moduleSyntaxError(src string, se *syntaxError) *syntaxError {
	if at, ok := importMetaAt(se.lineText, se.col); ok {
		// V8 underlines the meta of import.meta
		se.col, se.length, se.message = at, len("meta"), "Cannot use 'import.meta' outside a module"
	} else if at, ok := awaitBefore(se.lineText, se.col); ok {
		// `await x` outside an async function: goja stops at x, V8 at
		// the await
		se.col, se.length, se.message = at, len("await"), awaitOutsideAsync
		se.topLevelAwait = compilesAsAsyncBody(src)
	}
	return se
}

// compilesAsAsyncBody reports whether src compiles as the body of an
// async function: node's test (ContainsModuleSyntax) of whether a script's
// await would be valid at the top level of a module.
func compilesAsAsyncBody(src string) bool {
	_, err := parser.ParseFile(nil, "", "(async function () {\n"+src+"\n})", 0, parser.WithDisableSourceMaps)
	return err == nil
}

// importMetaAt reports whether import.meta starts at byte col of line,
// and where its meta is.
func importMetaAt(line string, col int) (int, bool) {
	if col < 0 || col > len(line) || !strings.HasPrefix(line[col:], "import") {
		return 0, false
	}
	i := col + len("import")
	rest := strings.TrimLeft(line[i:], " \t")
	if !strings.HasPrefix(rest, ".") {
		return 0, false
	}
	rest2 := strings.TrimLeft(rest[1:], " \t")
	if !strings.HasPrefix(rest2, "meta") || len(rest2) > 4 && isWordByte(rest2[4]) {
		return 0, false
	}
	return len(line) - len(rest2), true
}

// awaitOutsideAsync is V8's message for an await a script or a function
// that is not async holds.
const awaitOutsideAsync = "await is only valid in async functions and the top level bodies of modules"

// awaitBefore reports whether the token before byte col of line is the
// word await (V8 says the same of a property named await), and where it
// starts.
func awaitBefore(line string, col int) (int, bool) {
	if col > len(line) {
		return 0, false
	}
	before := strings.TrimRight(line[:col], " \t")
	if !strings.HasSuffix(before, "await") || len(before) == col {
		return 0, false
	}
	at := len(before) - len("await")
	if at > 0 && isWordByte(before[at-1]) {
		return 0, false
	}
	return at, true
}

// fromESMError is esbuild's syntax error as node reports it: V8's words
// where v8Message knows them, the caret under the whole token.
func fromESMError(e *esm.Error) *syntaxError {
	return fromEsbuildError(e, v8Message)
}

// fromModuleError is fromESMError for an ES module's source (node names
// it by its file: URL).
func fromModuleError(e *esm.Error) *syntaxError {
	se := fromEsbuildError(e, v8ModuleMessage)
	se.file = fileURL(e.File)
	return se
}

func fromEsbuildError(e *esm.Error, reword func(text, token string) string) *syntaxError {
	se := &syntaxError{file: e.File, line: e.Line, col: e.Column, length: e.Length, lineText: e.LineText}
	var tok string
	if se.col >= 0 && se.col+se.length <= len(se.lineText) {
		tok = se.lineText[se.col : se.col+se.length]
	}
	if se.length <= 1 && se.col >= 0 && se.col < len(se.lineText) {
		// esbuild marks the token's start; V8 underlines the whole word.
		if n := tokenLength(se.lineText, se.col); n > 1 {
			se.length, tok = n, se.lineText[se.col:se.col+n]
		}
	}
	se.message = reword(e.Text, tok)
	if strings.HasPrefix(e.Text, `Expected ")" but found `) {
		if at, n, ok := lastCallArgument(se.lineText, se.col); ok {
			// V8 underlines the call's last argument
			se.col, se.length, se.message = at, n, "missing ) after argument list"
		}
	}
	if strings.HasPrefix(e.Text, `Expected "}" but found `) && se.col <= len(se.lineText) {
		before := se.lineText[:se.col]
		if i := strings.LastIndex(before, "${"); i > 0 && i > strings.LastIndexByte(before, '}') && strings.Contains(before[:i], "`") {
			if at, n := previousToken(se.lineText, se.col); n > 0 {
				se.col, se.length, se.message = at, n, "Missing } in template expression"
			}
		}
	}
	switch {
	case e.Text == "Invalid assignment target" && se.message != "Unexpected eval or arguments in strict mode" && se.col < len(se.lineText):
		se.message, se.length = assignmentTarget(se.lineText, se.col)
	case strings.HasPrefix(e.Text, "Private name ") && strings.HasSuffix(e.Text, " must be declared in an enclosing class") && se.col > 0 && se.col <= len(se.lineText):
		// V8 points at the first character of the token before the name:
		// the dot of this.#x, the return, ( or = before #x in o
		if at, n := previousToken(se.lineText, se.col); n > 0 {
			if at > 0 && se.lineText[at] == '.' && se.lineText[at-1] == '?' {
				at-- // ?. is one token
			}
			se.col, se.length = at, 1
		}
	case strings.HasPrefix(e.Text, `Expected "in" but found `) && se.col <= len(se.lineText):
		// a private name that is not a member's and not before in
		// (return #x): V8 stops at the name
		if at, n := privateNameBefore(se.lineText, se.col); n > 0 {
			se.col, se.length, se.message = at, n, "Unexpected identifier '"+se.lineText[at:at+n]+"'"
		}
	case e.Text == `Cannot use "yield" outside a generator function` && se.col+5 <= len(se.lineText):
		// outside a generator (sloppy code) yield is a name: V8 stops at
		// the token after it
		k := se.col + 5
		for k < len(se.lineText) && se.lineText[k] == ' ' {
			k++
		}
		if n := tokenLength(se.lineText, k); n > 0 {
			tok := se.lineText[k : k+n]
			if c := tok[0]; c == '"' || c == '\'' {
				if end := strings.IndexByte(se.lineText[k+1:], c); end >= 0 {
					tok = se.lineText[k : k+end+2]
				}
			}
			se.col, se.length, se.message = k, len(tok), unexpectedToken(tok)
		}
	case e.Text == "This constant must be initialized" && se.col < len(se.lineText) && (se.lineText[se.col] == '{' || se.lineText[se.col] == '['):
		// a const destructuring pattern: V8 underlines the pattern
		depth := 0
		for i := se.col; i < len(se.lineText); i++ {
			switch se.lineText[i] {
			case '{', '[':
				depth++
			case '}', ']':
				depth--
			}
			if depth == 0 {
				se.length = i + 1 - se.col
				break
			}
		}
		se.message = "Missing initializer in destructuring declaration"
	case strings.HasPrefix(e.Text, `Unexpected "," after rest pattern`):
		if i := strings.LastIndex(se.lineText[:min(se.col, len(se.lineText))], "..."); i >= 0 {
			se.message, se.col, se.length = "Rest element must be last element", i, len(strings.TrimRight(se.lineText[i:se.col], " "))
		}
	case strings.HasPrefix(e.Text, "Syntax error") && se.col <= len(se.lineText):
		// a number running into a letter (1x, 0777n): V8 underlines the
		// digits
		k := se.col
		for k > 0 && isWordByte(se.lineText[k-1]) {
			k--
		}
		if k < se.col && se.lineText[k] >= '0' && se.lineText[k] <= '9' {
			se.col, se.length = k, se.col-k
		}
	}
	if strings.HasPrefix(e.Text, "Syntax error") || strings.HasPrefix(e.Text, "Duplicate flag ") {
		// a regular expression's flag: V8 points at the literal
		k := min(se.col, len(se.lineText))
		for k > 0 && isWordByte(se.lineText[k-1]) {
			k--
		}
		if k > 0 && k < len(se.lineText) && se.lineText[k-1] == '/' {
			if o := strings.LastIndexByte(se.lineText[:k-1], '/'); o >= 0 {
				se.col, se.length, se.message = o, 1, "Invalid regular expression flags"
			}
		}
	}
	if e.Text == "Unterminated string literal" {
		// esbuild points past the end; V8 underlines the literal. esbuild
		// says the same of a template, pointing at the end of the file
		// (a line with no quote before it): V8's "Unexpected end of input".
		if q := strings.LastIndexAny(se.lineText[:min(se.col, len(se.lineText))], `"'`); q >= 0 {
			se.col, se.length = q, len(se.lineText)-q
		} else {
			se.message = "Unexpected end of input"
		}
	}
	return se
}

// compiledCJS is one CommonJS compile: detection compiles the file to
// decide its type, and running it then reuses the program.
type compiledCJS struct {
	file, src string
	prg       *goja.Program
	lowered   bool
	err       error
}

// detectModule decides, as node 20 does for a file whose type nothing
// names, whether src is an ES module: only when it does not compile as
// CommonJS because of ES-module syntax. A file that compiles (an await
// inside a function included) is CommonJS at no extra cost.
func (r *Runtime) detectModule(file, src string) bool {
	if c := r.compiled; c.file == file && c.src == src {
		return false // decided already (runMain asks before runModule does)
	}
	prg, lowered, err := compileCommonJS(file, src, true)
	if errors.Is(err, esm.ErrModuleSyntax) {
		return true
	}
	r.compiled = compiledCJS{file: file, src: src, prg: prg, lowered: lowered, err: err}
	return false
}

// compileCommonJS is compileCommonJS, reusing detection's compile.
func (r *Runtime) compileCommonJS(file, src string) (*goja.Program, bool, error) {
	if c := r.compiled; c.file == file && c.src == src {
		r.compiled = compiledCJS{}
		return c.prg, c.lowered, c.err
	}
	return compileCommonJS(file, src, false)
}

// compileFailure turns a compile error into what node throws: a
// SyntaxError whose stack starts with the file, line, source and caret.
func (r *Runtime) compileFailure(err error) error {
	var se *syntaxError
	var ee *esm.Error
	switch {
	case errors.As(err, &se):
	case errors.As(err, &ee):
		se = fromESMError(ee)
	default:
		return err
	}
	switch {
	case se.message == "Cannot use import statement outside a module", se.message == "Unexpected token 'export'",
		se.message == "Cannot use 'import.meta' outside a module", se.topLevelAwait:
		// node's enrichCJSError: a CommonJS file that fails on ES-module
		// syntax gets a warning, emitted at once (case
		// modules/esm_syntax_warning)
		r.warningSync("To load an ES module, set \"type\": \"module\" in the package.json or use the .mjs extension.")
	}
	v := r.syntaxErrorValue(se)
	if ex := r.vm.Try(func() { panic(v) }); ex != nil {
		return ex
	}
	return err
}

// warningSync emits a Warning on process at once, as node's
// emitWarningSync does (process.emitWarning waits for a tick).
func (r *Runtime) warningSync(msg string) {
	proc, err := r.processObject()
	if err != nil {
		return
	}
	if fn, ok := goja.AssertFunction(r.internals.Get("warningSync")); ok {
		r.call(fn, proc, r.vm.ToValue(msg))
	}
}

// hideHashbang turns a "#!" first line into a comment, as node ignores it;
// columns stay the same.
func hideHashbang(src string) string {
	if strings.HasPrefix(src, "#!") {
		return "//" + src[2:]
	}
	return src
}

// lastCallArgument finds, for a ")" expected at col of line, whether the
// parenthesis it would close opens a call's arguments (it follows a name
// that is no statement keyword, a ")" or a "]"), and the last token
// before col: where V8 points its "missing ) after argument list".
func lastCallArgument(line string, col int) (at, n int, ok bool) {
	col = min(col, len(line))
	depth := 0
	open := -1
	var quote byte
	for i := 0; i < col; i++ {
		c := line[i]
		switch {
		case quote != 0:
			if c == '\\' {
				i++
			} else if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'' || c == '`':
			quote = c
		case c == '(':
			depth++
			if depth == 1 || open < 0 {
				open = i
			}
		case c == ')':
			depth--
		}
	}
	if depth != 1 || open <= 0 || quote != 0 {
		return 0, 0, false
	}
	k := open
	for k > 0 && line[k-1] == ' ' {
		k--
	}
	if k == 0 {
		return 0, 0, false
	}
	if p := line[k-1]; p != ')' && p != ']' {
		w := k
		for w > 0 && isWordByte(line[w-1]) {
			w--
		}
		word := line[w:k]
		if word == "" || jsKeywords()[word] && word != "super" && word != "import" {
			return 0, 0, false
		}
		if w > 0 && strings.HasSuffix(strings.TrimRight(line[:w], " "), "function") {
			return 0, 0, false
		}
	}
	at, n = previousToken(line, col)
	if at <= open {
		return 0, 0, false
	}
	return at, n, true
}

// previousToken is the start and length of the token before col in line
// (a name, a number, a string, else one character).
func previousToken(line string, col int) (int, int) {
	e := min(col, len(line))
	for e > 0 && line[e-1] == ' ' {
		e--
	}
	if e == 0 {
		return 0, 0
	}
	s := e - 1
	switch c := line[s]; {
	case c == '"' || c == '\'' || c == '`':
		for s > 0 {
			s--
			if line[s] == c && (s == 0 || line[s-1] != '\\') {
				break
			}
		}
	case isWordByte(c):
		for s > 0 && isWordByte(line[s-1]) {
			s--
		}
	}
	return s, e - s
}

// privateNameBefore finds a private name (#x) as the token before col of
// line: its start and length, or 0, 0.
func privateNameBefore(line string, col int) (int, int) {
	at, n := previousToken(line, col)
	if n == 0 || at == 0 || line[at-1] != '#' || !isWordByte(line[at]) {
		return 0, 0
	}
	return at - 1, n + 1
}

// assignmentTarget is V8's message and caret length for an invalid
// assignment target at col of line: a prefix ++/-- operand, a target
// inside a destructuring pattern, or the expression before "=".
func assignmentTarget(line string, col int) (string, int) {
	before := strings.TrimRight(line[:col], " ")
	if strings.HasSuffix(before, "++") || strings.HasSuffix(before, "--") {
		end := strings.IndexAny(line[col:], ";),")
		if end < 0 {
			end = len(line) - col
		}
		return "Invalid left-hand side expression in prefix operation", max(1, len(strings.TrimRight(line[col:col+end], " ")))
	}
	open := 0
	for i := 0; i < col; i++ {
		switch line[i] {
		case '{', '[':
			open++
		case '}', ']':
			open--
		}
	}
	if open > 0 {
		return "Invalid destructuring assignment target", max(1, tokenLength(line, col))
	}
	depth := 0
	for i := col; i < len(line); i++ {
		switch c := line[i]; c {
		case '(', '[', '{':
			depth++
		case ')', ']', '}':
			depth--
		case '=':
			next := byte(0)
			if i+1 < len(line) {
				next = line[i+1]
			}
			if depth == 0 && next != '=' && next != '>' {
				j := i
				for j > col && strings.IndexByte("+-*/%&|^<>?!", line[j-1]) >= 0 {
					j--
				}
				return "Invalid left-hand side in assignment", max(1, len(strings.TrimRight(line[col:j], " ")))
			}
		}
	}
	return "Invalid left-hand side in assignment", max(1, tokenLength(line, col))
}

// patternBefore finds the destructuring pattern ([…] or {…}) that ends
// before col in line: its start and length.
func patternBefore(line string, col int) (int, int, bool) {
	before := strings.TrimRight(line[:max(0, min(col, len(line)))], " ")
	n := len(before)
	if n == 0 || before[n-1] != ']' && before[n-1] != '}' {
		return 0, 0, false
	}
	closer := before[n-1]
	opener := byte('[')
	if closer == '}' {
		opener = '{'
	}
	depth := 0
	for i := n - 1; i >= 0; i-- {
		switch before[i] {
		case closer:
			depth++
		case opener:
			depth--
		}
		if depth == 0 {
			return i, n - i, true
		}
	}
	return 0, 0, false
}

// moduleCompileError is goja's refusal of an ES module's transformed code
// (what esbuild let through: a regular expression goja's engines refuse,
// a destructuring declaration without initializer) as an *esm.Error in
// the module's own source, which the loader reports as node does; nil
// when it cannot place it.
func moduleCompileError(file, url, src, code string, err error) *esm.Error {
	var list parser.ErrorList
	var one *parser.Error
	var ce *goja.CompilerSyntaxError
	line, col, msg := 0, 0, ""
	switch {
	case errors.As(err, &ce) && ce.File != nil:
		p := ce.File.Position(ce.Offset)
		line, col, msg = p.Line, p.Column-1, ce.Message
	case errors.As(err, &list) && len(list) > 0:
		line, col, msg = list[0].Position.Line, list[0].Position.Column, list[0].Message
		mapped := false
		if m := positionMap(url, 0, code); m != nil {
			// the nearest mapped column at or before goja's, moved by the
			// distance (a position past the line's last token has none)
			for c := col; c >= 1 && !mapped; c-- {
				if _, _, l, sc, ok := m.Source(line, c); ok {
					line, col, mapped = l, sc-1+(col-c), true
				}
			}
		}
		if !mapped {
			return nil
		}
	case errors.As(err, &one):
		return moduleCompileError(file, url, src, code, parser.ErrorList{one})
	default:
		return nil
	}
	if line < 1 || line > lineCount(src) {
		return nil
	}
	text := sourceLine(src, line)
	e := &esm.Error{File: file, Line: line, Column: max(0, col), Text: msg, LineText: text, Length: 1}
	if m, n, ok := regExpLiteralError(text, col, msg); ok {
		e.Text, e.Length = m, n
	} else if msg == "Missing initializer in destructuring declaration" {
		if at, n, ok := patternBefore(text, col); ok {
			e.Column, e.Length = at, n
		}
	}
	return e
}
