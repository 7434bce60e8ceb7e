import { simulateZone } from './run-zone';

simulateZone('America/New_York');
