import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// Component tests render into a shared jsdom document: unmount after each one.
afterEach(() => {
  cleanup();
});
