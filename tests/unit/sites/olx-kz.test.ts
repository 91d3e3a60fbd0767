// @vitest-environment happy-dom
import { adapter } from '../../../src/sites/olx-kz';
import { describeAdapter } from './fixture-harness';

describeAdapter(adapter);
