import { simulateZone } from './run-zone';

simulateZone('Pacific/Apia');
