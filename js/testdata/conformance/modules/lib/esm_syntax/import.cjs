const fs = require('fs');
import path from 'path';
