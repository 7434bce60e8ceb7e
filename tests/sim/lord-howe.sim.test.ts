import { simulateZone } from './run-zone';

simulateZone('Australia/Lord_Howe');
