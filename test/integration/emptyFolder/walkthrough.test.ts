import * as assert from 'node:assert/strict';
import { eventually, extensionApi } from '../helpers';

describe('the walkthrough in a folder without a journal', () => {
  it('has no step done: nothing in the journal says so', async () => {
    const api = await extensionApi();
    await api.journals.loadAll();
    await eventually(
      `the progress to be computed (${JSON.stringify(api.walkthrough.progress)})`,
      () => api.walkthrough.progress !== undefined,
    );
    assert.deepEqual(api.walkthrough.progress, {
      started: false,
      building: false,
      decided: false,
      launched: false,
      incidentResolved: false,
      deployed: false,
      postmortem: false,
    });
  });
});
