// @vitest-environment happy-dom
import { adapter } from '../../../src/sites/rabota';
import { describeAdapter } from './fixture-harness';

describeAdapter(adapter);
