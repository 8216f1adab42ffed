// An unref'd timer still fires if something else keeps the loop alive long enough.
setTimeout(() => console.log("unref'd 5 ms fired"), 5).unref();
setTimeout(() => console.log("ref'd 60 ms fired"), 60);
