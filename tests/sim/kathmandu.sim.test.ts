import { simulateZone } from './run-zone';

simulateZone('Asia/Kathmandu');
