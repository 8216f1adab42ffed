"use strict";
// TypeScript's CommonJS output for export * from './x' (tslib's helper spelled out)
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) { if (k2 === undefined) k2 = k; var desc = Object.getOwnPropertyDescriptor(m, k); if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) { desc = { enumerable: true, get: function() { return m[k]; } }; } Object.defineProperty(o, k2, desc); }) : (function(o, m, k, k2) { if (k2 === undefined) k2 = k; o[k2] = m[k]; }));
var __exportStar = (this && this.__exportStar) || function(m, exports) { for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p); };
const tslib = { __exportStar };
function __export(m) { for (var p in m) if (!exports.hasOwnProperty(p)) exports[p] = m[p]; }
Object.defineProperty(exports, "__esModule", { value: true });
exports.own = void 0;
exports.own = 'own';
__exportStar(require("./ts_star_s.cjs"), exports);
tslib.__exportStar(require("./ts_star_t.cjs"), exports);
__export(require("./ts_star_u.cjs"));
__exportStar( require("./ts_star_v.cjs"), exports);
