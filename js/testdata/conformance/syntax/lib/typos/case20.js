setTimeout(function () {
  console.log('t')
}, 0
