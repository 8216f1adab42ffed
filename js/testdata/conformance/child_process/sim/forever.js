// helper of sim_kill_running: tells the parent it runs, then never ends by itself
setInterval(() => {}, 1000);
process.send('running');
