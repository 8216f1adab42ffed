	import {readFile, nope2} from 'fs';
