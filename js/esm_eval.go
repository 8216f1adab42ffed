package js

import (
	"errors"
	"sort"

	"github.com/dop251/goja"
)

// Evaluation (ECMA-262 16.2.1.5.3, Evaluate and InnerModuleEvaluation):
// dependencies first, in request order, each module once; a module with
// top-level await, or waiting on one, evaluates asynchronously — it runs
// when all of its asynchronous dependencies have finished, while modules
// that do not depend on them go on at once. Modules untouched by
// top-level await run synchronously (the generator's second step).

// evaluate is Evaluate(): the promise of m's graph having evaluated.
func (r *Runtime) evaluate(m *esModule) *goja.Promise {
	if (m.status == statusEvaluatingAsync || m.status == statusEvaluated) && m.cycleRoot != nil {
		m = m.cycleRoot
	}
	if m.topCap != nil {
		return m.topCap.promise
	}
	cap := r.newCapability()
	m.topCap = cap
	var stack []*esModule
	if _, err := r.innerEvaluate(m, &stack, 0); err != nil {
		if isFatalStop(err) {
			r.uncaught(err) // process.exit or an interrupt: the program ends
			return cap.promise
		}
		for _, s := range stack {
			s.status = statusEvaluated
			s.evalErr, s.hasErr = thrownValue(r, err), true
		}
		_ = cap.reject(thrownValue(r, err))
		return cap.promise
	}
	if !m.asyncEval {
		_ = cap.resolve(goja.Undefined())
	}
	return cap.promise
}

// evalError carries a module's stored evaluation error.
type evalError struct{ value goja.Value }

func (e *evalError) Error() string { return e.value.String() }

// thrownValue is the JS value of an evaluation error.
func thrownValue(r *Runtime, err error) goja.Value {
	var ee *evalError
	if errors.As(err, &ee) {
		return ee.value
	}
	var ex *goja.Exception
	if errors.As(err, &ex) {
		return ex.Value()
	}
	var le *linkError
	if errors.As(err, &le) {
		return le.value
	}
	return r.newError("Error", err.Error())
}

// isFatalStop reports errors that are not JS exceptions: process.exit, an
// interrupt. They unwind everything and are not stored on modules.
func isFatalStop(err error) bool {
	var intr *goja.InterruptedError
	var so *goja.StackOverflowError
	return errors.As(err, &intr) || errors.As(err, &so)
}

func (r *Runtime) innerEvaluate(m *esModule, stack *[]*esModule, index int) (int, error) {
	switch m.status {
	case statusEvaluatingAsync, statusEvaluated:
		if m.hasErr {
			return index, &evalError{m.evalErr}
		}
		return index, nil
	case statusEvaluating:
		return index, nil
	}
	m.status = statusEvaluating
	m.dfsIndex, m.dfsAnc = index, index
	m.pendingDeps = 0
	index++
	*stack = append(*stack, m)
	seen := map[*esModule]bool{}
	for _, dep := range m.deps {
		if seen[dep] {
			continue
		}
		seen[dep] = true
		var err error
		if index, err = r.innerEvaluate(dep, stack, index); err != nil {
			return index, err
		}
		if dep.status == statusEvaluating {
			m.dfsAnc = min(m.dfsAnc, dep.dfsAnc)
		} else {
			dep = dep.cycleRoot
			if dep.hasErr {
				return index, &evalError{dep.evalErr}
			}
		}
		if dep.asyncEval {
			m.pendingDeps++
			dep.asyncParents = append(dep.asyncParents, m)
		}
	}
	if m.pendingDeps > 0 || m.hasTLA() {
		m.asyncEval = true
		r.esm.asyncOrder++
		m.asyncOrder = r.esm.asyncOrder
		if m.pendingDeps == 0 {
			r.executeAsync(m)
		}
	} else if err := r.executeSync(m); err != nil {
		return index, err
	}
	if m.dfsAnc == m.dfsIndex {
		for {
			s := (*stack)[len(*stack)-1]
			*stack = (*stack)[:len(*stack)-1]
			if s.asyncEval {
				s.status = statusEvaluatingAsync
			} else {
				s.status = statusEvaluated
			}
			s.cycleRoot = m
			if s == m {
				break
			}
		}
	}
	return index, nil
}

// executeSync runs a module without top-level await.
func (r *Runtime) executeSync(m *esModule) error {
	r.traceModule("evaluate", m)
	if m.kind != modSource {
		return r.evaluateSynthetic(m)
	}
	_, err := m.next(m.gen)
	return err
}

// executeAsync starts a module with top-level await (ExecuteAsyncModule):
// its body runs now, up to its first await; its settlement continues the
// graph.
func (r *Runtime) executeAsync(m *esModule) {
	r.traceModule("evaluate (top-level await)", m)
	fail := func(err error) {
		if isFatalStop(err) {
			r.uncaught(err)
			return
		}
		r.asyncRejected(m, thrownValue(r, err))
	}
	pv, err := m.asyncFn(goja.Undefined())
	if err != nil {
		fail(err)
		return
	}
	p := pv.ToObject(r.vm)
	then, _ := goja.AssertFunction(p.Get("then"))
	onFul := r.jsFrame(func(goja.FunctionCall) goja.Value {
		r.asyncFulfilled(m)
		return goja.Undefined()
	})
	onRej := r.jsFrame(func(c goja.FunctionCall) goja.Value {
		r.asyncRejected(m, c.Argument(0))
		return goja.Undefined()
	})
	if _, err := then(p, onFul, onRej); err != nil {
		fail(err)
	}
}

// asyncFulfilled is AsyncModuleExecutionFulfilled.
func (r *Runtime) asyncFulfilled(m *esModule) {
	if m.status == statusEvaluated {
		return
	}
	r.traceModule("evaluated (top-level await done)", m)
	m.asyncEval = false
	m.status = statusEvaluated
	if m.topCap != nil {
		_ = m.topCap.resolve(goja.Undefined())
	}
	var ready []*esModule
	r.gatherAncestors(m, &ready)
	sort.SliceStable(ready, func(i, j int) bool { return ready[i].asyncOrder < ready[j].asyncOrder })
	for _, p := range ready {
		if p.status == statusEvaluated {
			continue
		}
		if p.hasTLA() {
			r.executeAsync(p)
			continue
		}
		if err := r.executeSync(p); err != nil {
			if isFatalStop(err) {
				r.uncaught(err)
				return
			}
			r.asyncRejected(p, thrownValue(r, err))
			continue
		}
		p.asyncEval = false
		p.status = statusEvaluated
		if p.topCap != nil {
			_ = p.topCap.resolve(goja.Undefined())
		}
	}
}

// gatherAncestors is GatherAvailableAncestors.
func (r *Runtime) gatherAncestors(m *esModule, list *[]*esModule) {
	for _, p := range m.asyncParents {
		if contains2(*list, p) || p.cycleRoot != nil && p.cycleRoot.hasErr {
			continue
		}
		p.pendingDeps--
		if p.pendingDeps == 0 {
			*list = append(*list, p)
			if !p.hasTLA() {
				r.gatherAncestors(p, list)
			}
		}
	}
}

func contains2(list []*esModule, m *esModule) bool {
	for _, x := range list {
		if x == m {
			return true
		}
	}
	return false
}

// asyncRejected is AsyncModuleExecutionRejected.
func (r *Runtime) asyncRejected(m *esModule, err goja.Value) {
	if m.status == statusEvaluated {
		return
	}
	m.evalErr, m.hasErr = err, true
	m.status = statusEvaluated
	for _, p := range m.asyncParents {
		r.asyncRejected(p, err)
	}
	if m.topCap != nil {
		_ = m.topCap.reject(err)
	}
}
