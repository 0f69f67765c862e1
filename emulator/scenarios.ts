// Named scenarios and faults for the command line (`npm run emulator -- --scenario NAME --fault
// NAME`), so that every path of the action can be tried by hand. To add one, add an entry here:
// a Scenario (imagebuilder/scenario.ts) says how builds go, a FaultSpec (faults.ts) what goes
// wrong on the wire.
import type { FaultSpec } from './faults.js'
import type { Scenario } from './imagebuilder/scenario.js'
import { COMPONENT_FAILURE } from './fixtures.js'
import { makeFindings } from './imagebuilder/findings.js'

/** Quick enough to watch by hand, slow enough to read. */
const PACE: Scenario = { stepMs: 700, phaseMs: 900, targetMs: 1000 }

export const SCENARIOS: Record<string, { about: string; scenario: Scenario }> = {
  success: { about: 'every build succeeds', scenario: PACE },
  'fail-at-step': {
    about: 'the test workflow fails at ApplyTestComponents, with a component failure',
    scenario: {
      ...PACE,
      fail: {
        workflow: 'TEST',
        step: 'ApplyTestComponents',
        message: 'Component cis-hardening failed: 3 of 112 checks failed',
        component: COMPONENT_FAILURE
      }
    }
  },
  'fail-distribution': {
    about: 'distribution fails after the first region',
    scenario: {
      ...PACE,
      fail: { status: 'DISTRIBUTING', targetsDone: 1, message: 'Copying the AMI failed' }
    }
  },
  'waiting-step': {
    about: 'a WaitForAction step holds the build workflow until it is answered',
    scenario: { ...PACE, waitingStep: { workflow: 'BUILD', name: 'ApproveBuild' } }
  },
  'slow-to-appear': {
    about: 'GetImage answers ResourceNotFoundException for 3 s after CreateImage',
    scenario: { ...PACE, notFoundMs: 3000 }
  },
  'unknown-status': {
    about: 'a status the action does not know shows up after CREATING',
    scenario: { ...PACE, extraStatus: 'VALIDATING' }
  },
  'scan-findings': {
    about: 'a scanned image has 2 critical, 5 high, 9 medium and 14 low findings',
    scenario: { ...PACE, findings: makeFindings({ critical: 2, high: 5, medium: 9, low: 14 }) }
  },
  'scan-late': {
    about: 'the scan is still SCANNING when the image turns AVAILABLE, and completes 8 s later',
    scenario: { ...PACE, scan: { lateMs: 8000 }, findings: makeFindings({ high: 2, medium: 3 }) }
  },
  'scan-timed-out': {
    about: 'the scan of a scanned image ends TIMED_OUT',
    scenario: {
      ...PACE,
      scan: { endsAs: 'TIMED_OUT', reason: 'Amazon Inspector did not finish scanning in time.' }
    }
  }
}

export const FAULTS: Record<string, { about: string; fault: FaultSpec }> = {
  throttle: {
    about: 'every third request is throttled (CallRateLimitExceededException, 429)',
    fault: { errorType: 'CallRateLimitExceededException', every: 3 }
  },
  'server-error': {
    about: 'every fourth request fails with ServiceException (500)',
    fault: { errorType: 'ServiceException', every: 4 }
  },
  hang: {
    about: 'GetImage answers only after 10 minutes, from the third call on',
    fault: { operation: 'GetImage', delayMs: 600_000, after: 2 }
  },
  trickle: {
    about: 'the third GetImage answer arrives a byte a second',
    fault: { operation: 'GetImage', trickleMs: 1000, after: 2, times: 1 }
  },
  'proxy-page': {
    about: "GetImage is answered once by a proxy's HTML page with status 200",
    fault: {
      operation: 'GetImage',
      raw: { status: 200, body: '<html><body>Access gateway</body></html>' },
      after: 2,
      times: 1
    }
  },
  refuse: {
    about: 'the connection is dropped without an answer, every other request',
    fault: { reset: true, every: 2 }
  },
  'lost-submit': {
    about: 'CreateImage is carried out but its answer is lost once',
    fault: { operation: 'CreateImage', afterHandling: true, reset: true, times: 1 }
  },
  'deny-scan-findings': {
    about: 'ListImageScanFindings and ListImageScanFindingAggregations are denied (403)',
    fault: {
      operation: ['ListImageScanFindings', 'ListImageScanFindingAggregations'],
      errorType: 'AccessDeniedException',
      message: 'User is not authorized to perform this action on the scan findings'
    }
  },
  'expired-credentials': {
    about: 'every call is refused with ExpiredTokenException',
    fault: { errorType: 'ExpiredTokenException' }
  }
}
