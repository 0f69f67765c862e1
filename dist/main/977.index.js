export const id = 977;
export const ids = [977];
export const modules = {

/***/ 977:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   showBuildLog: () => (/* binding */ showBuildLog)
/* harmony export */ });
/* unused harmony export buildLogLocation */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6257);
/* harmony import */ var _aws_sdk_client_cloudwatch_logs__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2684);
/* harmony import */ var _aws_sdk_client_cloudwatch_logs__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(_aws_sdk_client_cloudwatch_logs__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _aws_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3691);
// The build log: Image Builder sends it to CloudWatch Logs when the build ends, so the action
// fetches its tail afterwards; the caller decides when (wantsBuildLog). Never fatal: a missing
// group, stream or permission is a warning.




/** Group /aws/imagebuilder/<image name> (or the image's own), stream <version>/<build>. */
function buildLogLocation(arn, image) {
    const path = (0,_aws_index_js__WEBPACK_IMPORTED_MODULE_2__/* .parseArn */ .Lw)(arn)?.resourcePath.split('/') ?? [];
    if (path.length !== 3)
        return undefined;
    const [name, version, build] = path;
    return {
        group: image?.loggingConfiguration?.logGroupName ?? `/aws/imagebuilder/${name}`,
        stream: `${version}/${build}`
    };
}
async function showBuildLog(connection, arn, ended, settings) {
    const where = buildLogLocation(arn, ended.image);
    if (!where)
        return;
    const client = new _aws_sdk_client_cloudwatch_logs__WEBPACK_IMPORTED_MODULE_3__.CloudWatchLogsClient({
        region: connection.region,
        credentials: connection.credentials,
        customUserAgent: _aws_index_js__WEBPACK_IMPORTED_MODULE_2__/* .USER_AGENT */ ._O,
        maxAttempts: 3,
        requestHandler: {
            ...(0,_aws_index_js__WEBPACK_IMPORTED_MODULE_2__/* .proxyAgentsFor */ ._m)((0,_aws_index_js__WEBPACK_IMPORTED_MODULE_2__/* .serviceEndpoint */ .Xf)('logs', connection.region, process.env))
        }
    });
    try {
        const { events = [] } = await (0,_aws_index_js__WEBPACK_IMPORTED_MODULE_2__/* .callApi */ .px)('GetLogEvents', abortSignal => client.send(new _aws_sdk_client_cloudwatch_logs__WEBPACK_IMPORTED_MODULE_3__.GetLogEventsCommand({
            logGroupName: where.group,
            logStreamName: where.stream,
            limit: settings.lines,
            startFromHead: false
        }), { abortSignal }), { timeoutMs: 15_000 });
        _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .startGroup */ .Oh(`Build log: ${where.group} ${where.stream} (last ${events.length} lines)`);
        // The log is text from the build instance: workflow commands in it must not run.
        const token = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)();
        _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq(`::stop-commands::${token}`);
        for (const event of events)
            _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq((event.message ?? '').replace(/\r?\n$/, ''));
        _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq(`::${token}::`);
        _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .endGroup */ .N4();
    }
    catch (error) {
        const name = (0,_aws_index_js__WEBPACK_IMPORTED_MODULE_2__/* .errorName */ .Is)(error);
        const hint = name === 'ResourceNotFoundException'
            ? `No build log at ${where.group} ${where.stream}: the build may have ended before it wrote one, or logging is off.`
            : name === 'AccessDeniedException'
                ? `Allow logs:GetLogEvents on ${where.group} to see the build log here.`
                : 'The build log could not be read.';
        _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .warning */ .$e(`${(0,_aws_index_js__WEBPACK_IMPORTED_MODULE_2__/* .awsErrorText */ .xL)(error, 'GetLogEvents')} ${hint}`);
    }
    finally {
        client.destroy();
    }
}


/***/ })

};
