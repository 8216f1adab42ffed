const p = new Promise((resolve) => {
  resolve(1)
}
p.then(console.log)
