// @vitest-environment happy-dom
import { adapter } from '../../../src/sites/avito';
import { describeAdapter } from './fixture-harness';

describeAdapter(adapter);
