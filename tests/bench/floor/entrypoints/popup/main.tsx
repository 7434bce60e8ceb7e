import { render } from 'preact';
import { createStore, get } from 'idb-keyval';

async function main() {
  const streak = (await get<number>('streak', createStore('floor', 'kv'))) ?? 0;
  const root = document.getElementById('app');
  if (root) {
    render(
      <p>
        <span class="streak-number">{streak}</span> day streak
      </p>,
      root,
    );
  }
}

void main();
