const x = ;
import path from 'path';
