setTimeout(() => console.log(`t ${1}`), 0
