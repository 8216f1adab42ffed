await null;
throw new Error('from an awaited module');
