// An unref'd timer alone does not keep the process alive: the script ends and it never fires.
const t = setTimeout(() => console.log("never"), 1000);
t.unref();
process.on("exit", (code) => console.log("exit", code));
console.log("end of script");
