// The steps of the AWS-managed workflows, as the service lists them.
import type { StepSpec } from './scenario.js'

export const CATALOGUE: Record<string, StepSpec[]> = {
  'build-image': [
    { name: 'LaunchBuildInstance', action: 'LaunchInstance' },
    { name: 'ApplyBuildComponents', action: 'ExecuteComponents' },
    { name: 'InventoryCollection', action: 'CollectImageMetadata' },
    { name: 'RunSanitizeScript', action: 'SanitizeInstance' },
    { name: 'RunSysPrepScript', action: 'RunSysPrep', skip: true },
    { name: 'CreateOutputAMI', action: 'CreateImage' },
    { name: 'TerminateBuildInstance', action: 'TerminateInstance' }
  ],
  'test-image': [
    { name: 'LaunchTestInstance', action: 'LaunchInstance' },
    { name: 'CollectImageScanFindings', action: 'CollectImageScanFindings' },
    { name: 'ApplyTestComponents', action: 'ExecuteComponents' },
    { name: 'TerminateTestInstance', action: 'TerminateInstance' }
  ],
  'build-container': [
    { name: 'LaunchBuildInstance', action: 'LaunchInstance' },
    { name: 'BootstrapBuildInstance', action: 'BootstrapInstanceForContainer' },
    { name: 'ApplyBuildComponents', action: 'ExecuteComponents' },
    { name: 'TerminateBuildInstance', action: 'TerminateInstance' }
  ],
  'test-container': [
    { name: 'LaunchTestInstance', action: 'LaunchInstance' },
    { name: 'BootstrapTestInstance', action: 'BootstrapInstanceForContainer' },
    { name: 'ApplyTestComponents', action: 'ExecuteComponents' },
    { name: 'TerminateTestInstance', action: 'TerminateInstance' }
  ],
  distribution: [
    { name: 'WaitForApproval', action: 'WaitForAction', skip: true },
    { name: 'DistributeImage', action: 'DistributeImage' },
    { name: 'ModifyImageAttributes', action: 'ModifyImageAttributes' },
    { name: 'ApplyImageConfigurations', action: 'ApplyImageConfigurations' }
  ]
}
