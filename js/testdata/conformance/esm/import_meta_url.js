// import.meta.url is a file: URL naming this module.
console.log(import.meta.url.startsWith('file:///'), import.meta.url.endsWith('/import_meta_url.js'));
