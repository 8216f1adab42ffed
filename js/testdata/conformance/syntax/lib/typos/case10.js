Promise.resolve().then(() => {
  console.log(1)
})
})
