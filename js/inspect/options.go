package inspect

// Options mirrors the util.inspect options that change console output.
// Start from Defaults: the zero value is not node's default.
type Options struct {
	// Depth is how many levels of nesting are expanded; -1 means unlimited
	// (node's Infinity or null); DepthNegative is a negative depth, which
	// collapses even the top level (console.table asks for depth -1).
	Depth int
	// Colors adds node's default ANSI styles.
	Colors bool
	// ShowHidden also lists non-enumerable properties and symbols.
	ShowHidden bool
	// BreakLength is the line width at which entries are split over lines.
	BreakLength int
	// Compact is node's numeric compact mode: how many inner levels may be
	// joined onto one line. 0 is node's compact: false (every entry on its
	// own line). node's compact: true is not supported.
	Compact int
	// Sorted sorts object keys, Map and Set entries.
	Sorted bool
	// MaxArrayLength limits the items shown for arrays, typed arrays, Maps
	// and Sets; -1 means unlimited.
	MaxArrayLength int
	// MaxStringLength limits the characters shown of a string; -1 means
	// unlimited.
	MaxStringLength int
	// Frames, if set, gives stack frames' columns as V8 counts them (the
	// runtime knows the program's source; goja puts a call at its
	// parenthesis and counts a plain file's columns in bytes). It is not
	// one of node's options: the runtime sets it for every call.
	Frames FrameColumns
	// CustomInspect calls an object's [util.inspect.custom] method and
	// prints its result; console.dir turns it off.
	CustomInspect bool
	// ShowProxy prints Proxy objects as Proxy [ target, handler ] instead of
	// inspecting their target; util.format's %o turns it on.
	ShowProxy bool
	// Getters calls accessors and shows their values (node's getters
	// option: true, 'get' or 'set').
	Getters Getters
	// NumericSeparator writes numbers and bigints with an underscore
	// between each group of three digits.
	NumericSeparator bool
}

// DepthNegative is Options.Depth for a negative depth option: node then
// prints an object at the top level as [Object].
const DepthNegative = -2

// Getters is the getters option.
type Getters int

// The values of the getters option: false, true, 'get', 'set'.
const (
	GettersNone Getters = iota
	GettersAll
	GettersGetOnly
	GettersSetOnly
)

// FrameColumns moves a stack frame's column, line:col of file, to where V8
// would give it.
type FrameColumns interface {
	FrameColumn(file string, line, col int) int
}

// Defaults returns node's util.inspect.defaultOptions.
func Defaults() Options {
	return Options{
		Depth:           2,
		BreakLength:     80,
		Compact:         3,
		MaxArrayLength:  100,
		MaxStringLength: 10000,
		CustomInspect:   true,
	}
}
