// IndexedDB for Node: every test file gets a fresh in-memory database factory.
import 'fake-indexeddb/auto';
