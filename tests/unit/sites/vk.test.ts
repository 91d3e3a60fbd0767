// @vitest-environment happy-dom
import { adapter } from '../../../src/sites/vk';
import { describeAdapter } from './fixture-harness';

describeAdapter(adapter);
