import { render } from 'preact';

const root = document.getElementById('app');
if (root) render(<h1 id="stretch-name">A stretch</h1>, root);
