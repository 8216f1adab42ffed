// An empty script: the whole-process start-up cost.
