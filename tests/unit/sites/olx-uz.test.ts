// @vitest-environment happy-dom
import { adapter } from '../../../src/sites/olx-uz';
import { describeAdapter } from './fixture-harness';

describeAdapter(adapter);
