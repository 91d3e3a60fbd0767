// @vitest-environment happy-dom
import { adapter } from '../../../src/sites/zarplata';
import { describeAdapter } from './fixture-harness';

describeAdapter(adapter);
