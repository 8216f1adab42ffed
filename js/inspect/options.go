package inspect

// Options mirrors the util.inspect options that change console output.
// Start from Defaults: the zero value is not node's default.
type Options struct {
	// Depth is how many levels of nesting are expanded; -1 means unlimited
	// (node's Infinity or null).
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
	// CustomInspect calls an object's [util.inspect.custom] method and
	// prints its result; console.dir turns it off.
	CustomInspect bool
	// ShowProxy prints Proxy objects as Proxy [ target, handler ] instead of
	// inspecting their target; util.format's %o turns it on.
	ShowProxy bool
	// Getters calls accessors' getters and prints the value beside the
	// label: "all" (node's true), "get" (getters without a setter) or
	// "set" (getters with one); "" prints the label only.
	Getters string
	// NumericSeparator writes numbers and bigints with an underscore
	// between each group of three digits.
	NumericSeparator bool
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
