// A minute alone is ICU's m pattern even with minute: '2-digit' (4, not 04).
const d = new Date(Date.UTC(2026, 0, 5, 7, 4, 9));
for (const l of ['en-US','en-GB','de']) for (const o of [{minute:'2-digit'},{minute:'numeric'},{second:'2-digit'},{minute:'2-digit',second:'2-digit'},{minute:'numeric',second:'numeric'}]) console.log(l, JSON.stringify(o), new Intl.DateTimeFormat(l,{timeZone:'UTC',...o}).format(d), d.toLocaleTimeString(l,{timeZone:'UTC',...o}))
