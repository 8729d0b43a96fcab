/**
 * GENERATED from GreenBuild's OpenAPI document by `npm run api:types` (scripts/api-types.ts). Do not edit by hand:
 * change the server's zod schemas and regenerate. CI runs `npm run api:types -- --check` and fails when this file is stale.
 */

export interface paths {
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 健康检查 Health check */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ok" | "degraded";
                            /** @enum {string} */
                            database: "pglite" | "postgres";
                            version: string;
                        };
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ok" | "degraded";
                            /** @enum {string} */
                            database: "pglite" | "postgres";
                            version: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 登录 Sign in */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        username: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            username: string;
                            displayName: string;
                            /** @enum {string} */
                            role: "admin" | "regulator" | "enterprise" | "expert" | "facility";
                            organisationId: string | null;
                            organisationName: string | null;
                            regionCode: string | null;
                            regionName: string | null;
                            mustChangePassword: boolean;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 退出登录 Sign out */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 当前用户 Current user */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            username: string;
                            displayName: string;
                            /** @enum {string} */
                            role: "admin" | "regulator" | "enterprise" | "expert" | "facility";
                            organisationId: string | null;
                            organisationName: string | null;
                            regionCode: string | null;
                            regionName: string | null;
                            mustChangePassword: boolean;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 修改密码 Change password */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        currentPassword: string;
                        newPassword: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/regions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 试点地区 Regions */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                code: string;
                                adminCode: string | null;
                                nameZh: string;
                                nameEn: string;
                                isDemo: boolean;
                            }[];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 单位列表 Organisations */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    q?: string;
                    kind?: "ministry" | "authority" | "enterprise" | "expert_pool" | "facility" | "other";
                    regionCode?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                /** @enum {string} */
                                kind: "ministry" | "authority" | "enterprise" | "expert_pool" | "facility" | "other";
                                regionCode: string | null;
                                creditCode: string | null;
                                isDemo: boolean;
                                createdAt: string;
                            }[];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** 新建单位 Create organisation */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        /** @enum {string} */
                        kind: "ministry" | "authority" | "enterprise" | "expert_pool" | "facility" | "other";
                        regionCode?: string | null;
                        creditCode?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** @enum {string} */
                            kind: "ministry" | "authority" | "enterprise" | "expert_pool" | "facility" | "other";
                            regionCode: string | null;
                            creditCode: string | null;
                            isDemo: boolean;
                            createdAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改单位 Update organisation */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        /** @enum {string} */
                        kind?: "ministry" | "authority" | "enterprise" | "expert_pool" | "facility" | "other";
                        regionCode?: string | null;
                        creditCode?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** @enum {string} */
                            kind: "ministry" | "authority" | "enterprise" | "expert_pool" | "facility" | "other";
                            regionCode: string | null;
                            creditCode: string | null;
                            isDemo: boolean;
                            createdAt: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 用户列表 Users */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    q?: string;
                    role?: "admin" | "regulator" | "enterprise" | "expert" | "facility";
                    regionCode?: string;
                    organisationId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                                /** @enum {string} */
                                role: "admin" | "regulator" | "enterprise" | "expert" | "facility";
                                organisationId: string | null;
                                organisationName: string | null;
                                regionCode: string | null;
                                phone: string | null;
                                email: string | null;
                                active: boolean;
                                isDemo: boolean;
                                createdAt: string;
                            }[];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** 新建用户 Create user */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        username: string;
                        displayName: string;
                        /** @enum {string} */
                        role: "admin" | "regulator" | "enterprise" | "expert" | "facility";
                        organisationId?: string | null;
                        regionCode?: string | null;
                        phone?: string | null;
                        email?: string | null;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            username: string;
                            displayName: string;
                            /** @enum {string} */
                            role: "admin" | "regulator" | "enterprise" | "expert" | "facility";
                            organisationId: string | null;
                            organisationName: string | null;
                            regionCode: string | null;
                            phone: string | null;
                            email: string | null;
                            active: boolean;
                            isDemo: boolean;
                            createdAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 用户详情 User */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            username: string;
                            displayName: string;
                            /** @enum {string} */
                            role: "admin" | "regulator" | "enterprise" | "expert" | "facility";
                            organisationId: string | null;
                            organisationName: string | null;
                            regionCode: string | null;
                            phone: string | null;
                            email: string | null;
                            active: boolean;
                            isDemo: boolean;
                            createdAt: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改用户 Update user */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        displayName?: string;
                        /** @enum {string} */
                        role?: "admin" | "regulator" | "enterprise" | "expert" | "facility";
                        organisationId?: string | null;
                        regionCode?: string | null;
                        phone?: string | null;
                        email?: string | null;
                        active?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            username: string;
                            displayName: string;
                            /** @enum {string} */
                            role: "admin" | "regulator" | "enterprise" | "expert" | "facility";
                            organisationId: string | null;
                            organisationName: string | null;
                            regionCode: string | null;
                            phone: string | null;
                            email: string | null;
                            active: boolean;
                            isDemo: boolean;
                            createdAt: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/users/{id}/reset-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 重置密码 Reset password */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            password: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** API 令牌 API tokens */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                /** Format: uuid */
                                userId: string;
                                username: string;
                                prefix: string;
                                scopes: string[];
                                expiresAt: string | null;
                                lastUsedAt: string | null;
                                revokedAt: string | null;
                                createdAt: string;
                            }[];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** 创建 API 令牌 Create API token (secret shown once) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        scopes: ("read" | "write" | "metrics" | "ingest")[];
                        /** @default 90 */
                        expiresInDays?: number | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            secret: string;
                            prefix: string;
                            expiresAt: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** 吊销令牌 Revoke token */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 审计日志 Audit log */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    q?: string;
                    action?: string;
                    entityType?: string;
                    entityId?: string;
                    actor?: string;
                    regionCode?: string;
                    from?: string;
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                at: string;
                                actorId: string | null;
                                actorName: string;
                                actorRole: string | null;
                                action: string;
                                entityType: string;
                                entityId: string | null;
                                regionCode: string | null;
                                before: unknown;
                                after: unknown;
                                ip: string | null;
                            }[];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出审计日志 Export audit log (Excel, up to 100,000 rows) */
        get: {
            parameters: {
                query?: {
                    q?: string;
                    action?: string;
                    entityType?: string;
                    entityId?: string;
                    actor?: string;
                    regionCode?: string;
                    from?: string;
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 试点项目登记 Project register (visible to the caller) */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    q?: string;
                    regionCode?: string;
                    status?: string;
                    category?: "building" | "municipal";
                    structureType?: "concrete" | "steel" | "timber" | "composite" | "masonry" | "other";
                    useType?: "residential" | "public" | "industrial" | "road" | "bridge" | "pipeline" | "other";
                    isRenewal?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                code: string;
                                name: string;
                                region: string;
                                regionCode: string;
                                regionName: string | null;
                                /** @enum {string} */
                                status: "applied" | "reviewing" | "selected" | "rejected" | "implementing" | "completed" | "summarised";
                                /** @enum {string} */
                                category: "building" | "municipal";
                                structureType: string | null;
                                useType: string | null;
                                isRenewal: boolean;
                                isPrefabricated: boolean;
                                address: string | null;
                                latitude: number | null;
                                longitude: number | null;
                                floorAreaM2: number | null;
                                lengthM: number | null;
                                investmentWanYuan: number | null;
                                organisationModel: string | null;
                                plannedStart: string | null;
                                plannedFinish: string | null;
                                actualStart: string | null;
                                actualFinish: string | null;
                                ownerOrganisationId: string;
                                ownerOrganisationName: string | null;
                                description: string | null;
                                isDemo: boolean;
                                updatedAt: string;
                            }[];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** 登记项目 Register a project */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code?: string;
                        name: string;
                        regionCode: string;
                        /** Format: uuid */
                        ownerOrganisationId: string;
                        /** @enum {string} */
                        category: "building" | "municipal";
                        structureType?: ("concrete" | "steel" | "timber" | "composite" | "masonry" | "other") | null;
                        useType?: ("residential" | "public" | "industrial" | "road" | "bridge" | "pipeline" | "other") | null;
                        isRenewal?: boolean;
                        isPrefabricated?: boolean;
                        address?: string | null;
                        latitude?: number | null;
                        longitude?: number | null;
                        floorAreaM2?: number | null;
                        lengthM?: number | null;
                        investmentWanYuan?: number | null;
                        organisationModel?: ("epc" | "whole_process_consulting" | "architect_led" | "traditional") | null;
                        plannedStart?: string | null;
                        plannedFinish?: string | null;
                        actualStart?: string | null;
                        actualFinish?: string | null;
                        description?: string | null;
                        participants?: {
                            /** Format: uuid */
                            organisationId: string;
                            /** @enum {string} */
                            role: "owner" | "epc" | "design" | "construction" | "supervision" | "consulting";
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            code: string;
                            name: string;
                            region: string;
                            regionCode: string;
                            regionName: string | null;
                            /** @enum {string} */
                            status: "applied" | "reviewing" | "selected" | "rejected" | "implementing" | "completed" | "summarised";
                            /** @enum {string} */
                            category: "building" | "municipal";
                            structureType: string | null;
                            useType: string | null;
                            isRenewal: boolean;
                            isPrefabricated: boolean;
                            address: string | null;
                            latitude: number | null;
                            longitude: number | null;
                            floorAreaM2: number | null;
                            lengthM: number | null;
                            investmentWanYuan: number | null;
                            organisationModel: string | null;
                            plannedStart: string | null;
                            plannedFinish: string | null;
                            actualStart: string | null;
                            actualFinish: string | null;
                            ownerOrganisationId: string;
                            ownerOrganisationName: string | null;
                            description: string | null;
                            isDemo: boolean;
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出登记表 Export the register (Excel) */
        get: {
            parameters: {
                query?: {
                    q?: string;
                    regionCode?: string;
                    status?: string;
                    category?: "building" | "municipal";
                    structureType?: "concrete" | "steel" | "timber" | "composite" | "masonry" | "other";
                    useType?: "residential" | "public" | "industrial" | "road" | "bridge" | "pipeline" | "other";
                    isRenewal?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/import-template.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导入模板 Import template (Excel) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 导入项目 Import projects from Excel (multipart field "file"; all-or-nothing, errors name row and field) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            imported: number;
                            codes: string[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 项目详情 Project */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            code: string;
                            name: string;
                            region: string;
                            regionCode: string;
                            regionName: string | null;
                            /** @enum {string} */
                            status: "applied" | "reviewing" | "selected" | "rejected" | "implementing" | "completed" | "summarised";
                            /** @enum {string} */
                            category: "building" | "municipal";
                            structureType: string | null;
                            useType: string | null;
                            isRenewal: boolean;
                            isPrefabricated: boolean;
                            address: string | null;
                            latitude: number | null;
                            longitude: number | null;
                            floorAreaM2: number | null;
                            lengthM: number | null;
                            investmentWanYuan: number | null;
                            organisationModel: string | null;
                            plannedStart: string | null;
                            plannedFinish: string | null;
                            actualStart: string | null;
                            actualFinish: string | null;
                            ownerOrganisationId: string;
                            ownerOrganisationName: string | null;
                            description: string | null;
                            isDemo: boolean;
                            updatedAt: string;
                            participants: {
                                organisationId: string;
                                organisationName: string;
                                /** @enum {string} */
                                role: "owner" | "epc" | "design" | "construction" | "supervision" | "consulting";
                            }[];
                            allowedTransitions: ("applied" | "reviewing" | "selected" | "rejected" | "implementing" | "completed" | "summarised")[];
                            history: {
                                at: string;
                                actorName: string;
                                from: string | null;
                                to: string | null;
                                note: string | null;
                            }[];
                            canEdit: boolean;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改项目 Update a project */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        /** @enum {string} */
                        category?: "building" | "municipal";
                        structureType?: ("concrete" | "steel" | "timber" | "composite" | "masonry" | "other") | null;
                        useType?: ("residential" | "public" | "industrial" | "road" | "bridge" | "pipeline" | "other") | null;
                        isRenewal?: boolean;
                        isPrefabricated?: boolean;
                        address?: string | null;
                        latitude?: number | null;
                        longitude?: number | null;
                        floorAreaM2?: number | null;
                        lengthM?: number | null;
                        investmentWanYuan?: number | null;
                        organisationModel?: ("epc" | "whole_process_consulting" | "architect_led" | "traditional") | null;
                        plannedStart?: string | null;
                        plannedFinish?: string | null;
                        actualStart?: string | null;
                        actualFinish?: string | null;
                        description?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            code: string;
                            name: string;
                            region: string;
                            regionCode: string;
                            regionName: string | null;
                            /** @enum {string} */
                            status: "applied" | "reviewing" | "selected" | "rejected" | "implementing" | "completed" | "summarised";
                            /** @enum {string} */
                            category: "building" | "municipal";
                            structureType: string | null;
                            useType: string | null;
                            isRenewal: boolean;
                            isPrefabricated: boolean;
                            address: string | null;
                            latitude: number | null;
                            longitude: number | null;
                            floorAreaM2: number | null;
                            lengthM: number | null;
                            investmentWanYuan: number | null;
                            organisationModel: string | null;
                            plannedStart: string | null;
                            plannedFinish: string | null;
                            actualStart: string | null;
                            actualFinish: string | null;
                            ownerOrganisationId: string;
                            ownerOrganisationName: string | null;
                            description: string | null;
                            isDemo: boolean;
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/projects/{id}/participants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 参建单位 Replace participants */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        participants: {
                            /** Format: uuid */
                            organisationId: string;
                            /** @enum {string} */
                            role: "owner" | "epc" | "design" | "construction" | "supervision" | "consulting";
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                organisationId: string;
                                organisationName: string;
                                role: string;
                            }[];
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{id}/transition": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 状态变更 Move a project along its lifecycle (实施中 / 已完工 / 已总结; review steps go through the application) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        to: "applied" | "reviewing" | "selected" | "rejected" | "implementing" | "completed" | "summarised";
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            code: string;
                            name: string;
                            region: string;
                            regionCode: string;
                            regionName: string | null;
                            /** @enum {string} */
                            status: "applied" | "reviewing" | "selected" | "rejected" | "implementing" | "completed" | "summarised";
                            /** @enum {string} */
                            category: "building" | "municipal";
                            structureType: string | null;
                            useType: string | null;
                            isRenewal: boolean;
                            isPrefabricated: boolean;
                            address: string | null;
                            latitude: number | null;
                            longitude: number | null;
                            floorAreaM2: number | null;
                            lengthM: number | null;
                            investmentWanYuan: number | null;
                            organisationModel: string | null;
                            plannedStart: string | null;
                            plannedFinish: string | null;
                            actualStart: string | null;
                            actualFinish: string | null;
                            ownerOrganisationId: string;
                            ownerOrganisationName: string | null;
                            description: string | null;
                            isDemo: boolean;
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/programmes/overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 三地对比 Regions side by side (the ministry view) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                regionCode: string;
                                regionName: string;
                                byStatus: {
                                    [key: string]: number;
                                };
                                totalProjects: number;
                                pilots: number;
                                currentPhase: string | null;
                                phases: {
                                    id: string | null;
                                    seq: number;
                                    name: string;
                                    startsOn: string;
                                    endsOn: string;
                                    /** @enum {string} */
                                    state: "done" | "current" | "upcoming";
                                    elapsed: number;
                                    milestonesDone: number;
                                    milestonesTotal: number;
                                }[];
                                overdueMilestones: {
                                    id: string;
                                    phaseId: string | null;
                                    title: string;
                                    owner: string;
                                    dueOn: string;
                                    /** @enum {string} */
                                    status: "planned" | "in_progress" | "done";
                                    completedOn: string | null;
                                    note: string | null;
                                    overdue: boolean;
                                    regionCode: string;
                                }[];
                                milestonesDone: number;
                                milestonesTotal: number;
                                representativeness: {
                                    regionCode: string;
                                    rules: {
                                        minProjects: number;
                                        minStructureTypes: number;
                                        minUseTypes: number;
                                        minRenewalShare: number;
                                        requireBothCategories: boolean;
                                    };
                                    total: number;
                                    byCategory: {
                                        [key: string]: number;
                                    };
                                    byStructure: {
                                        [key: string]: number;
                                    };
                                    byUse: {
                                        [key: string]: number;
                                    };
                                    renewal: number;
                                    renewalShare: number;
                                    warnings: {
                                        code: string;
                                        count?: number;
                                        min?: number;
                                        share?: number;
                                        category?: string;
                                    }[];
                                };
                            }[];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/programmes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 实施方案 Programmes of the visible regions */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string | null;
                                regionCode: string;
                                regionName: string;
                                title: string;
                                goals: string;
                                paths: string;
                                responsibleBodies: string;
                                safeguards: string;
                                rules: {
                                    minProjects: number;
                                    minStructureTypes: number;
                                    minUseTypes: number;
                                    minRenewalShare: number;
                                    requireBothCategories: boolean;
                                };
                                phases: {
                                    id: string | null;
                                    seq: number;
                                    name: string;
                                    startsOn: string;
                                    endsOn: string;
                                    /** @enum {string} */
                                    state: "done" | "current" | "upcoming";
                                    elapsed: number;
                                    milestonesDone: number;
                                    milestonesTotal: number;
                                }[];
                                milestones: {
                                    id: string;
                                    phaseId: string | null;
                                    title: string;
                                    owner: string;
                                    dueOn: string;
                                    /** @enum {string} */
                                    status: "planned" | "in_progress" | "done";
                                    completedOn: string | null;
                                    note: string | null;
                                    overdue: boolean;
                                }[];
                                currentPhase: string | null;
                                updatedAt: string | null;
                            }[];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/programmes/{regionCode}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 地区实施方案 A region’s programme (plan defaults when none is saved) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    regionCode: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string | null;
                            regionCode: string;
                            regionName: string;
                            title: string;
                            goals: string;
                            paths: string;
                            responsibleBodies: string;
                            safeguards: string;
                            rules: {
                                minProjects: number;
                                minStructureTypes: number;
                                minUseTypes: number;
                                minRenewalShare: number;
                                requireBothCategories: boolean;
                            };
                            phases: {
                                id: string | null;
                                seq: number;
                                name: string;
                                startsOn: string;
                                endsOn: string;
                                /** @enum {string} */
                                state: "done" | "current" | "upcoming";
                                elapsed: number;
                                milestonesDone: number;
                                milestonesTotal: number;
                            }[];
                            milestones: {
                                id: string;
                                phaseId: string | null;
                                title: string;
                                owner: string;
                                dueOn: string;
                                /** @enum {string} */
                                status: "planned" | "in_progress" | "done";
                                completedOn: string | null;
                                note: string | null;
                                overdue: boolean;
                            }[];
                            currentPhase: string | null;
                            updatedAt: string | null;
                        };
                    };
                };
            };
        };
        /** 保存实施方案 Save a region’s programme */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    regionCode: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        title: string;
                        /** @default  */
                        goals?: string;
                        /** @default  */
                        paths?: string;
                        /** @default  */
                        responsibleBodies?: string;
                        /** @default  */
                        safeguards?: string;
                        phases: {
                            /** Format: uuid */
                            id?: string;
                            name: string;
                            startsOn: string;
                            endsOn: string;
                        }[];
                        rules: {
                            minProjects: number;
                            minStructureTypes: number;
                            minUseTypes: number;
                            minRenewalShare: number;
                            requireBothCategories: boolean;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string | null;
                            regionCode: string;
                            regionName: string;
                            title: string;
                            goals: string;
                            paths: string;
                            responsibleBodies: string;
                            safeguards: string;
                            rules: {
                                minProjects: number;
                                minStructureTypes: number;
                                minUseTypes: number;
                                minRenewalShare: number;
                                requireBothCategories: boolean;
                            };
                            phases: {
                                id: string | null;
                                seq: number;
                                name: string;
                                startsOn: string;
                                endsOn: string;
                                /** @enum {string} */
                                state: "done" | "current" | "upcoming";
                                elapsed: number;
                                milestonesDone: number;
                                milestonesTotal: number;
                            }[];
                            milestones: {
                                id: string;
                                phaseId: string | null;
                                title: string;
                                owner: string;
                                dueOn: string;
                                /** @enum {string} */
                                status: "planned" | "in_progress" | "done";
                                completedOn: string | null;
                                note: string | null;
                                overdue: boolean;
                            }[];
                            currentPhase: string | null;
                            updatedAt: string | null;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/programmes/{regionCode}/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 监管看板 Regulator dashboard of a region */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    regionCode: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            regionCode: string;
                            regionName: string;
                            byStatus: {
                                [key: string]: number;
                            };
                            totalProjects: number;
                            pilots: number;
                            currentPhase: string | null;
                            phases: {
                                id: string | null;
                                seq: number;
                                name: string;
                                startsOn: string;
                                endsOn: string;
                                /** @enum {string} */
                                state: "done" | "current" | "upcoming";
                                elapsed: number;
                                milestonesDone: number;
                                milestonesTotal: number;
                            }[];
                            overdueMilestones: {
                                id: string;
                                phaseId: string | null;
                                title: string;
                                owner: string;
                                dueOn: string;
                                /** @enum {string} */
                                status: "planned" | "in_progress" | "done";
                                completedOn: string | null;
                                note: string | null;
                                overdue: boolean;
                                regionCode: string;
                            }[];
                            milestonesDone: number;
                            milestonesTotal: number;
                            representativeness: {
                                regionCode: string;
                                rules: {
                                    minProjects: number;
                                    minStructureTypes: number;
                                    minUseTypes: number;
                                    minRenewalShare: number;
                                    requireBothCategories: boolean;
                                };
                                total: number;
                                byCategory: {
                                    [key: string]: number;
                                };
                                byStructure: {
                                    [key: string]: number;
                                };
                                byUse: {
                                    [key: string]: number;
                                };
                                renewal: number;
                                renewalShare: number;
                                warnings: {
                                    code: string;
                                    count?: number;
                                    min?: number;
                                    share?: number;
                                    category?: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/programmes/{regionCode}/representativeness": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 代表性检查 Representativeness of the selected set */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    regionCode: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            regionCode: string;
                            rules: {
                                minProjects: number;
                                minStructureTypes: number;
                                minUseTypes: number;
                                minRenewalShare: number;
                                requireBothCategories: boolean;
                            };
                            total: number;
                            byCategory: {
                                [key: string]: number;
                            };
                            byStructure: {
                                [key: string]: number;
                            };
                            byUse: {
                                [key: string]: number;
                            };
                            renewal: number;
                            renewalShare: number;
                            warnings: {
                                code: string;
                                count?: number;
                                min?: number;
                                share?: number;
                                category?: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/programmes/{regionCode}/milestones": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 新增节点 Add a milestone */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    regionCode: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        title: string;
                        owner: string;
                        dueOn: string;
                        phaseId?: string | null;
                        /**
                         * @default planned
                         * @enum {string}
                         */
                        status?: "planned" | "in_progress" | "done";
                        completedOn?: string | null;
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            phaseId: string | null;
                            title: string;
                            owner: string;
                            dueOn: string;
                            /** @enum {string} */
                            status: "planned" | "in_progress" | "done";
                            completedOn: string | null;
                            note: string | null;
                            overdue: boolean;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/programmes/{regionCode}/milestones/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** 删除节点 Delete a milestone */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    regionCode: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        /** 修改节点 Update a milestone */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    regionCode: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        title?: string;
                        owner?: string;
                        dueOn?: string;
                        phaseId?: string | null;
                        /** @enum {string} */
                        status?: "planned" | "in_progress" | "done";
                        completedOn?: string | null;
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            phaseId: string | null;
                            title: string;
                            owner: string;
                            dueOn: string;
                            /** @enum {string} */
                            status: "planned" | "in_progress" | "done";
                            completedOn: string | null;
                            note: string | null;
                            overdue: boolean;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/rounds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 申报批次 Application rounds */
        get: {
            parameters: {
                query?: {
                    regionCode?: string;
                    status?: "draft" | "open" | "closed";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                regionCode: string;
                                title: string;
                                /** @enum {string} */
                                status: "draft" | "open" | "closed";
                                closesOn: string | null;
                                openedAt: string | null;
                                closedAt: string | null;
                                criteria: {
                                    id: string;
                                    seq: number;
                                    name: string;
                                    description: string | null;
                                    maxScore: number;
                                }[];
                                applications: number;
                                maxTotal: number;
                            }[];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** 新建申报批次 Create a round (draft) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        regionCode: string;
                        title: string;
                        closesOn?: string | null;
                        criteria?: {
                            name: string;
                            description?: string | null;
                            maxScore: number;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            regionCode: string;
                            title: string;
                            /** @enum {string} */
                            status: "draft" | "open" | "closed";
                            closesOn: string | null;
                            openedAt: string | null;
                            closedAt: string | null;
                            criteria: {
                                id: string;
                                seq: number;
                                name: string;
                                description: string | null;
                                maxScore: number;
                            }[];
                            applications: number;
                            maxTotal: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rounds/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 申报批次详情 Round */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            regionCode: string;
                            title: string;
                            /** @enum {string} */
                            status: "draft" | "open" | "closed";
                            closesOn: string | null;
                            openedAt: string | null;
                            closedAt: string | null;
                            criteria: {
                                id: string;
                                seq: number;
                                name: string;
                                description: string | null;
                                maxScore: number;
                            }[];
                            applications: number;
                            maxTotal: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改申报批次与评分标准 Update a round and its criteria */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        title?: string;
                        closesOn?: string | null;
                        criteria?: {
                            name: string;
                            description?: string | null;
                            maxScore: number;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            regionCode: string;
                            title: string;
                            /** @enum {string} */
                            status: "draft" | "open" | "closed";
                            closesOn: string | null;
                            openedAt: string | null;
                            closedAt: string | null;
                            criteria: {
                                id: string;
                                seq: number;
                                name: string;
                                description: string | null;
                                maxScore: number;
                            }[];
                            applications: number;
                            maxTotal: number;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/rounds/{id}/open": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 开放申报 Open a round */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            regionCode: string;
                            title: string;
                            /** @enum {string} */
                            status: "draft" | "open" | "closed";
                            closesOn: string | null;
                            openedAt: string | null;
                            closedAt: string | null;
                            criteria: {
                                id: string;
                                seq: number;
                                name: string;
                                description: string | null;
                                maxScore: number;
                            }[];
                            applications: number;
                            maxTotal: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rounds/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 截止申报 Close a round */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            regionCode: string;
                            title: string;
                            /** @enum {string} */
                            status: "draft" | "open" | "closed";
                            closesOn: string | null;
                            openedAt: string | null;
                            closedAt: string | null;
                            criteria: {
                                id: string;
                                seq: number;
                                name: string;
                                description: string | null;
                                maxScore: number;
                            }[];
                            applications: number;
                            maxTotal: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 申报列表 Applications visible to the caller */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    roundId?: string;
                    status?: "submitted" | "reviewing" | "decided";
                    regionCode?: string;
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                roundId: string;
                                roundTitle: string;
                                regionCode: string;
                                projectId: string;
                                projectCode: string;
                                projectName: string;
                                projectStatus: string;
                                organisationId: string;
                                organisationName: string;
                                /** @enum {string} */
                                status: "submitted" | "reviewing" | "decided";
                                decision: ("selected" | "rejected") | null;
                                submittedAt: string;
                                attachments: number;
                                expertsAssigned: number | null;
                                reviewsSubmitted: number | null;
                                meanTotal: number | null;
                                myAssignmentId: string | null;
                                myReviewStatus: string | null;
                            }[];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** 提交申报 Apply with a project (enterprise) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        roundId: string;
                        project: {
                            code?: string;
                            name: string;
                            regionCode?: string;
                            /** Format: uuid */
                            ownerOrganisationId?: string;
                            /** @enum {string} */
                            category: "building" | "municipal";
                            structureType?: ("concrete" | "steel" | "timber" | "composite" | "masonry" | "other") | null;
                            useType?: ("residential" | "public" | "industrial" | "road" | "bridge" | "pipeline" | "other") | null;
                            isRenewal?: boolean;
                            isPrefabricated?: boolean;
                            address?: string | null;
                            latitude?: number | null;
                            longitude?: number | null;
                            floorAreaM2?: number | null;
                            lengthM?: number | null;
                            investmentWanYuan?: number | null;
                            organisationModel?: ("epc" | "whole_process_consulting" | "architect_led" | "traditional") | null;
                            plannedStart?: string | null;
                            plannedFinish?: string | null;
                            actualStart?: string | null;
                            actualFinish?: string | null;
                            description?: string | null;
                            participants?: {
                                /** Format: uuid */
                                organisationId: string;
                                /** @enum {string} */
                                role: "owner" | "epc" | "design" | "construction" | "supervision" | "consulting";
                            }[];
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            roundId: string;
                            roundTitle: string;
                            regionCode: string;
                            projectId: string;
                            projectCode: string;
                            projectName: string;
                            projectStatus: string;
                            organisationId: string;
                            organisationName: string;
                            /** @enum {string} */
                            status: "submitted" | "reviewing" | "decided";
                            decision: ("selected" | "rejected") | null;
                            submittedAt: string;
                            attachments: number;
                            expertsAssigned: number | null;
                            reviewsSubmitted: number | null;
                            meanTotal: number | null;
                            myAssignmentId: string | null;
                            myReviewStatus: string | null;
                            decisionNote: string | null;
                            decidedAt: string | null;
                            project: {
                                id: string;
                                code: string;
                                name: string;
                                region: string;
                                regionCode: string;
                                regionName: string | null;
                                /** @enum {string} */
                                status: "applied" | "reviewing" | "selected" | "rejected" | "implementing" | "completed" | "summarised";
                                /** @enum {string} */
                                category: "building" | "municipal";
                                structureType: string | null;
                                useType: string | null;
                                isRenewal: boolean;
                                isPrefabricated: boolean;
                                address: string | null;
                                latitude: number | null;
                                longitude: number | null;
                                floorAreaM2: number | null;
                                lengthM: number | null;
                                investmentWanYuan: number | null;
                                organisationModel: string | null;
                                plannedStart: string | null;
                                plannedFinish: string | null;
                                actualStart: string | null;
                                actualFinish: string | null;
                                ownerOrganisationId: string;
                                ownerOrganisationName: string | null;
                                description: string | null;
                                isDemo: boolean;
                                updatedAt: string;
                            };
                            criteria: {
                                id: string;
                                seq: number;
                                name: string;
                                description: string | null;
                                maxScore: number;
                            }[];
                            maxTotal: number;
                            attachmentList: {
                                id: string;
                                fileName: string;
                                mediaType: string;
                                sizeBytes: number;
                                sha256: string;
                                uploadedAt: string;
                            }[];
                            assignments: {
                                id: string;
                                expertUserId: string;
                                expertName: string;
                                expertOrganisation: string | null;
                                /** @enum {string} */
                                status: "assigned" | "submitted";
                                comment: string | null;
                                submittedAt: string | null;
                                scores: {
                                    criterionId: string;
                                    score: number;
                                }[];
                                total: number | null;
                            }[];
                            aggregate: {
                                submitted: number;
                                assigned: number;
                                meanTotal: number | null;
                                minTotal: number | null;
                                maxTotal: number | null;
                                byCriterion: {
                                    criterionId: string;
                                    name: string;
                                    maxScore: number;
                                    mean: number | null;
                                }[];
                            } | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/applications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 申报详情 Application */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            roundId: string;
                            roundTitle: string;
                            regionCode: string;
                            projectId: string;
                            projectCode: string;
                            projectName: string;
                            projectStatus: string;
                            organisationId: string;
                            organisationName: string;
                            /** @enum {string} */
                            status: "submitted" | "reviewing" | "decided";
                            decision: ("selected" | "rejected") | null;
                            submittedAt: string;
                            attachments: number;
                            expertsAssigned: number | null;
                            reviewsSubmitted: number | null;
                            meanTotal: number | null;
                            myAssignmentId: string | null;
                            myReviewStatus: string | null;
                            decisionNote: string | null;
                            decidedAt: string | null;
                            project: {
                                id: string;
                                code: string;
                                name: string;
                                region: string;
                                regionCode: string;
                                regionName: string | null;
                                /** @enum {string} */
                                status: "applied" | "reviewing" | "selected" | "rejected" | "implementing" | "completed" | "summarised";
                                /** @enum {string} */
                                category: "building" | "municipal";
                                structureType: string | null;
                                useType: string | null;
                                isRenewal: boolean;
                                isPrefabricated: boolean;
                                address: string | null;
                                latitude: number | null;
                                longitude: number | null;
                                floorAreaM2: number | null;
                                lengthM: number | null;
                                investmentWanYuan: number | null;
                                organisationModel: string | null;
                                plannedStart: string | null;
                                plannedFinish: string | null;
                                actualStart: string | null;
                                actualFinish: string | null;
                                ownerOrganisationId: string;
                                ownerOrganisationName: string | null;
                                description: string | null;
                                isDemo: boolean;
                                updatedAt: string;
                            };
                            criteria: {
                                id: string;
                                seq: number;
                                name: string;
                                description: string | null;
                                maxScore: number;
                            }[];
                            maxTotal: number;
                            attachmentList: {
                                id: string;
                                fileName: string;
                                mediaType: string;
                                sizeBytes: number;
                                sha256: string;
                                uploadedAt: string;
                            }[];
                            assignments: {
                                id: string;
                                expertUserId: string;
                                expertName: string;
                                expertOrganisation: string | null;
                                /** @enum {string} */
                                status: "assigned" | "submitted";
                                comment: string | null;
                                submittedAt: string | null;
                                scores: {
                                    criterionId: string;
                                    score: number;
                                }[];
                                total: number | null;
                            }[];
                            aggregate: {
                                submitted: number;
                                assigned: number;
                                meanTotal: number | null;
                                minTotal: number | null;
                                maxTotal: number | null;
                                byCriterion: {
                                    criterionId: string;
                                    name: string;
                                    maxScore: number;
                                    mean: number | null;
                                }[];
                            } | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/applications/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 上传申报附件 Upload an attachment (multipart field "file": PDF, JPEG or PNG, checked by content) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            fileName: string;
                            mediaType: string;
                            sizeBytes: number;
                            sha256: string;
                            uploadedAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/attachments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载附件 Download an attachment */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/applications/{id}/expert-candidates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 可选专家 Experts with conflict-of-interest flags */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                userId: string;
                                displayName: string;
                                username: string;
                                organisationName: string | null;
                                conflict: boolean;
                                assigned: boolean;
                            }[];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/applications/{id}/experts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 分配评审专家 Assign experts (≥3, no conflict of interest) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        expertUserIds: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            roundId: string;
                            roundTitle: string;
                            regionCode: string;
                            projectId: string;
                            projectCode: string;
                            projectName: string;
                            projectStatus: string;
                            organisationId: string;
                            organisationName: string;
                            /** @enum {string} */
                            status: "submitted" | "reviewing" | "decided";
                            decision: ("selected" | "rejected") | null;
                            submittedAt: string;
                            attachments: number;
                            expertsAssigned: number | null;
                            reviewsSubmitted: number | null;
                            meanTotal: number | null;
                            myAssignmentId: string | null;
                            myReviewStatus: string | null;
                            decisionNote: string | null;
                            decidedAt: string | null;
                            project: {
                                id: string;
                                code: string;
                                name: string;
                                region: string;
                                regionCode: string;
                                regionName: string | null;
                                /** @enum {string} */
                                status: "applied" | "reviewing" | "selected" | "rejected" | "implementing" | "completed" | "summarised";
                                /** @enum {string} */
                                category: "building" | "municipal";
                                structureType: string | null;
                                useType: string | null;
                                isRenewal: boolean;
                                isPrefabricated: boolean;
                                address: string | null;
                                latitude: number | null;
                                longitude: number | null;
                                floorAreaM2: number | null;
                                lengthM: number | null;
                                investmentWanYuan: number | null;
                                organisationModel: string | null;
                                plannedStart: string | null;
                                plannedFinish: string | null;
                                actualStart: string | null;
                                actualFinish: string | null;
                                ownerOrganisationId: string;
                                ownerOrganisationName: string | null;
                                description: string | null;
                                isDemo: boolean;
                                updatedAt: string;
                            };
                            criteria: {
                                id: string;
                                seq: number;
                                name: string;
                                description: string | null;
                                maxScore: number;
                            }[];
                            maxTotal: number;
                            attachmentList: {
                                id: string;
                                fileName: string;
                                mediaType: string;
                                sizeBytes: number;
                                sha256: string;
                                uploadedAt: string;
                            }[];
                            assignments: {
                                id: string;
                                expertUserId: string;
                                expertName: string;
                                expertOrganisation: string | null;
                                /** @enum {string} */
                                status: "assigned" | "submitted";
                                comment: string | null;
                                submittedAt: string | null;
                                scores: {
                                    criterionId: string;
                                    score: number;
                                }[];
                                total: number | null;
                            }[];
                            aggregate: {
                                submitted: number;
                                assigned: number;
                                meanTotal: number | null;
                                minTotal: number | null;
                                maxTotal: number | null;
                                byCriterion: {
                                    criterionId: string;
                                    name: string;
                                    maxScore: number;
                                    mean: number | null;
                                }[];
                            } | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/applications/{id}/experts/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** 撤回专家 Withdraw an expert who has not scored */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    userId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/applications/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 评审决定 Record the decision (入选 / 未入选) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        decision: "selected" | "rejected";
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            roundId: string;
                            roundTitle: string;
                            regionCode: string;
                            projectId: string;
                            projectCode: string;
                            projectName: string;
                            projectStatus: string;
                            organisationId: string;
                            organisationName: string;
                            /** @enum {string} */
                            status: "submitted" | "reviewing" | "decided";
                            decision: ("selected" | "rejected") | null;
                            submittedAt: string;
                            attachments: number;
                            expertsAssigned: number | null;
                            reviewsSubmitted: number | null;
                            meanTotal: number | null;
                            myAssignmentId: string | null;
                            myReviewStatus: string | null;
                            decisionNote: string | null;
                            decidedAt: string | null;
                            project: {
                                id: string;
                                code: string;
                                name: string;
                                region: string;
                                regionCode: string;
                                regionName: string | null;
                                /** @enum {string} */
                                status: "applied" | "reviewing" | "selected" | "rejected" | "implementing" | "completed" | "summarised";
                                /** @enum {string} */
                                category: "building" | "municipal";
                                structureType: string | null;
                                useType: string | null;
                                isRenewal: boolean;
                                isPrefabricated: boolean;
                                address: string | null;
                                latitude: number | null;
                                longitude: number | null;
                                floorAreaM2: number | null;
                                lengthM: number | null;
                                investmentWanYuan: number | null;
                                organisationModel: string | null;
                                plannedStart: string | null;
                                plannedFinish: string | null;
                                actualStart: string | null;
                                actualFinish: string | null;
                                ownerOrganisationId: string;
                                ownerOrganisationName: string | null;
                                description: string | null;
                                isDemo: boolean;
                                updatedAt: string;
                            };
                            criteria: {
                                id: string;
                                seq: number;
                                name: string;
                                description: string | null;
                                maxScore: number;
                            }[];
                            maxTotal: number;
                            attachmentList: {
                                id: string;
                                fileName: string;
                                mediaType: string;
                                sizeBytes: number;
                                sha256: string;
                                uploadedAt: string;
                            }[];
                            assignments: {
                                id: string;
                                expertUserId: string;
                                expertName: string;
                                expertOrganisation: string | null;
                                /** @enum {string} */
                                status: "assigned" | "submitted";
                                comment: string | null;
                                submittedAt: string | null;
                                scores: {
                                    criterionId: string;
                                    score: number;
                                }[];
                                total: number | null;
                            }[];
                            aggregate: {
                                submitted: number;
                                assigned: number;
                                meanTotal: number | null;
                                minTotal: number | null;
                                maxTotal: number | null;
                                byCriterion: {
                                    criterionId: string;
                                    name: string;
                                    maxScore: number;
                                    mean: number | null;
                                }[];
                            } | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的评审 My review assignments (expert) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                applicationId: string;
                                status: string;
                                assignedAt: string;
                                submittedAt: string | null;
                                roundTitle: string;
                                regionCode: string;
                                projectId: string;
                                projectCode: string;
                                projectName: string;
                                total: number | null;
                            }[];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reviews/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 评分 Save or submit my scores */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        scores: {
                            /** Format: uuid */
                            criterionId: string;
                            score: number;
                        }[];
                        comment?: string | null;
                        /** @default false */
                        submit?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            expertUserId: string;
                            expertName: string;
                            expertOrganisation: string | null;
                            /** @enum {string} */
                            status: "assigned" | "submitted";
                            comment: string | null;
                            submittedAt: string | null;
                            scores: {
                                criterionId: string;
                                score: number;
                            }[];
                            total: number | null;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/pilots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 公开试点项目 Selected pilots (no sign-in) */
        get: {
            parameters: {
                query?: {
                    regionCode?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                code: string;
                                name: string;
                                region: string;
                                regionCode: string;
                                regionName: string | null;
                                /** @enum {string} */
                                status: "applied" | "reviewing" | "selected" | "rejected" | "implementing" | "completed" | "summarised";
                                /** @enum {string} */
                                category: "building" | "municipal";
                                structureType: string | null;
                                useType: string | null;
                                isRenewal: boolean;
                                isPrefabricated: boolean;
                                address: string | null;
                                latitude: number | null;
                                longitude: number | null;
                                floorAreaM2: number | null;
                                lengthM: number | null;
                                investmentWanYuan: number | null;
                                organisationModel: string | null;
                                plannedStart: string | null;
                                plannedFinish: string | null;
                                ownerOrganisationName: string | null;
                            }[];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ledger/checkpoint": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 最新检查点 Latest checkpoint (C2SP tlog-checkpoint signed note) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ledger/checkpoints/{size}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 历史检查点 Checkpoint published at a tree size */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    size: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ledger/vkey": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 日志公钥 Verifier key (signed-note vkey) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ledger/entries/{index}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 日志条目 Canonical entry bytes (RFC 8785 JSON) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    index: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ledger/proof/inclusion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 包含证明 Inclusion proof (RFC 9162 §2.1.3) */
        get: {
            parameters: {
                query: {
                    index: number;
                    treeSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            index: number;
                            treeSize: number;
                            hashes: string[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ledger/proof/consistency": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一致性证明 Consistency proof (RFC 9162 §2.1.4) */
        get: {
            parameters: {
                query: {
                    from: number;
                    to?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            from: number;
                            to: number;
                            hashes: string[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ledger/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 日志状态 Log status and integrity */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            origin: string;
                            verifierKey: string;
                            treeSize: number;
                            rootHash: string;
                            checkpointAt: string | null;
                            lastCheck: {
                                at: string | null;
                                ok: boolean | null;
                                entriesChecked: number;
                                ms: number;
                            };
                            openAlarms: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ledger/alarms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 完整性告警 Integrity alarms */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    open?: "0" | "1";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                raisedAt: string;
                                kind: string;
                                level: number | null;
                                index: number | null;
                                treeSize: number;
                                detail: string;
                                acknowledgedAt: string | null;
                            }[];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ledger/alarms/{id}/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 确认告警 Acknowledge an alarm */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ledger/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 立即校验 Run the integrity check now */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        budget?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            treeSize: number;
                            checkpointsVerified: number;
                            entriesChecked: number;
                            nodesChecked: number;
                            window: [
                                number,
                                number
                            ];
                            ok: boolean;
                            ms: number;
                            findings: {
                                kind: string;
                                level: number | null;
                                index: number | null;
                                detail: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/quality/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 质量追溯项目 Projects with quality records */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                code: string;
                                name: string;
                                regionCode: string;
                                status: string;
                                isPrefabricated: boolean;
                                records: number;
                                failed: number;
                                lastRecordDate: string | null;
                            }[];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/quality/records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 质量记录 Quality records of a project */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    kind?: "material_inspection" | "component_production" | "component_installation" | "concealed_acceptance" | "stage_acceptance" | "completion_acceptance" | "test_report";
                    result?: "pass" | "fail" | "rectify";
                    componentId?: string;
                    q?: string;
                    current?: "0" | "1";
                };
                header?: never;
                path: {
                    projectId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                projectId: string;
                                kind: string;
                                recordDate: string;
                                subject: string;
                                location: string | null;
                                batchNo: string | null;
                                quantity: string | null;
                                supplier: string | null;
                                componentId: string | null;
                                specId: string | null;
                                result: string;
                                inspectorName: string | null;
                                inspectorPhone: string | null;
                                notes: string | null;
                                correctsId: string | null;
                                correctedById: string | null;
                                organisationName: string | null;
                                createdAt: string;
                                ledgerIndex: number;
                                isDemo: boolean;
                                attachments: {
                                    id: string;
                                    fileName: string;
                                    mediaType: string;
                                    sizeBytes: number;
                                    sha256: string;
                                }[];
                            }[];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** 新建质量记录（写入追溯日志） Record and append to the ledger */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "material_inspection" | "component_production" | "component_installation" | "concealed_acceptance" | "stage_acceptance" | "completion_acceptance" | "test_report";
                        recordDate: string;
                        subject: string;
                        location?: string | null;
                        batchNo?: string | null;
                        quantity?: string | null;
                        supplier?: string | null;
                        componentId?: string | null;
                        specId?: string | null;
                        /** @enum {string} */
                        result: "pass" | "fail" | "rectify";
                        inspectorName?: string | null;
                        inspectorPhone?: (string | null) | "";
                        notes?: string | null;
                        correctsId?: string | null;
                        attachmentIds?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            projectId: string;
                            kind: string;
                            recordDate: string;
                            subject: string;
                            location: string | null;
                            batchNo: string | null;
                            quantity: string | null;
                            supplier: string | null;
                            componentId: string | null;
                            specId: string | null;
                            result: string;
                            inspectorName: string | null;
                            inspectorPhone: string | null;
                            notes: string | null;
                            correctsId: string | null;
                            correctedById: string | null;
                            organisationName: string | null;
                            createdAt: string;
                            ledgerIndex: number;
                            isDemo: boolean;
                            attachments: {
                                id: string;
                                fileName: string;
                                mediaType: string;
                                sizeBytes: number;
                                sha256: string;
                            }[];
                            treeSize: number;
                            checkpoint: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/quality/records/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 质量记录详情 One quality record */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            projectId: string;
                            kind: string;
                            recordDate: string;
                            subject: string;
                            location: string | null;
                            batchNo: string | null;
                            quantity: string | null;
                            supplier: string | null;
                            componentId: string | null;
                            specId: string | null;
                            result: string;
                            inspectorName: string | null;
                            inspectorPhone: string | null;
                            notes: string | null;
                            correctsId: string | null;
                            correctedById: string | null;
                            organisationName: string | null;
                            createdAt: string;
                            ledgerIndex: number;
                            isDemo: boolean;
                            attachments: {
                                id: string;
                                fileName: string;
                                mediaType: string;
                                sizeBytes: number;
                                sha256: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/quality/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 上传附件（PDF/PNG/JPEG/WebP） Upload an attachment */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            fileName: string;
                            mediaType: string;
                            sizeBytes: number;
                            sha256: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/quality/attachments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载附件 Download an attachment */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/quality/public/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 公开查验 Public facts of a record (for /verify) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            recordId: string;
                            ledgerIndex: number;
                            kind: string;
                            recordDate: string;
                            result: string;
                            projectCode: string;
                            projectName: string;
                            componentId: string | null;
                            corrects: {
                                recordId: string;
                                ledgerIndex: number;
                            } | null;
                            supersededBy: {
                                recordId: string;
                                ledgerIndex: number;
                            } | null;
                            componentHistory: {
                                recordId: string;
                                kind: string;
                                recordDate: string;
                                result: string;
                                ledgerIndex: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/supervision/templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 检查表模板 Checklist templates */
        get: {
            parameters: {
                query?: {
                    regionCode?: string;
                    topic?: "quality" | "safety" | "green_construction" | "waste" | "smart_site";
                    activeOnly?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                regionCode: string | null;
                                /** @enum {string} */
                                topic: "quality" | "safety" | "green_construction" | "waste" | "smart_site";
                                name: string;
                                items: {
                                    key: string;
                                    text: string;
                                    basis?: string;
                                }[];
                                active: boolean;
                                version: number;
                                updatedAt: string;
                            }[];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** 新建检查表 Create template */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        regionCode?: string | null;
                        /** @enum {string} */
                        topic: "quality" | "safety" | "green_construction" | "waste" | "smart_site";
                        name: string;
                        items: {
                            key: string;
                            text: string;
                            basis?: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            regionCode: string | null;
                            /** @enum {string} */
                            topic: "quality" | "safety" | "green_construction" | "waste" | "smart_site";
                            name: string;
                            items: {
                                key: string;
                                text: string;
                                basis?: string;
                            }[];
                            active: boolean;
                            version: number;
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/supervision/templates/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改检查表 Update template */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        items?: {
                            key: string;
                            text: string;
                            basis?: string;
                        }[];
                        active?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            regionCode: string | null;
                            /** @enum {string} */
                            topic: "quality" | "safety" | "green_construction" | "waste" | "smart_site";
                            name: string;
                            items: {
                                key: string;
                                text: string;
                                basis?: string;
                            }[];
                            active: boolean;
                            version: number;
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/supervision/inspections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 监督检查列表 Inspections */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    projectId?: string;
                    regionCode?: string;
                    status?: "scheduled" | "recorded" | "cancelled";
                    topic?: "quality" | "safety" | "green_construction" | "waste" | "smart_site";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                projectId: string;
                                projectCode: string | null;
                                projectName: string | null;
                                regionCode: string;
                                /** Format: uuid */
                                templateId: string;
                                /** @enum {string} */
                                topic: "quality" | "safety" | "green_construction" | "waste" | "smart_site";
                                title: string;
                                /** @enum {string} */
                                stage: "planning" | "design" | "construction" | "delivery";
                                scheduledOn: string;
                                /** @enum {string} */
                                status: "scheduled" | "recorded" | "cancelled";
                                inspectedAt: string | null;
                                results: {
                                    key: string;
                                    text: string;
                                    /** @enum {string} */
                                    result: "pass" | "fail" | "na";
                                    note?: string;
                                }[];
                                summary: string | null;
                                expertIds: string[];
                                ledgerIndex: number | null;
                                ledgeredAt: string | null;
                                createdAt: string;
                                findings: {
                                    total: number;
                                    open: number;
                                };
                            }[];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** 安排检查 Schedule an inspection */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        projectId: string;
                        /** Format: uuid */
                        templateId: string;
                        title?: string;
                        /**
                         * @default construction
                         * @enum {string}
                         */
                        stage?: "planning" | "design" | "construction" | "delivery";
                        /** Format: date */
                        scheduledOn: string;
                        /** @default [] */
                        expertIds?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            projectId: string;
                            projectCode: string | null;
                            projectName: string | null;
                            regionCode: string;
                            /** Format: uuid */
                            templateId: string;
                            /** @enum {string} */
                            topic: "quality" | "safety" | "green_construction" | "waste" | "smart_site";
                            title: string;
                            /** @enum {string} */
                            stage: "planning" | "design" | "construction" | "delivery";
                            scheduledOn: string;
                            /** @enum {string} */
                            status: "scheduled" | "recorded" | "cancelled";
                            inspectedAt: string | null;
                            results: {
                                key: string;
                                text: string;
                                /** @enum {string} */
                                result: "pass" | "fail" | "na";
                                note?: string;
                            }[];
                            summary: string | null;
                            expertIds: string[];
                            ledgerIndex: number | null;
                            ledgeredAt: string | null;
                            createdAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/supervision/inspections/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 检查详情 Inspection */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            projectId: string;
                            projectCode: string | null;
                            projectName: string | null;
                            regionCode: string;
                            /** Format: uuid */
                            templateId: string;
                            /** @enum {string} */
                            topic: "quality" | "safety" | "green_construction" | "waste" | "smart_site";
                            title: string;
                            /** @enum {string} */
                            stage: "planning" | "design" | "construction" | "delivery";
                            scheduledOn: string;
                            /** @enum {string} */
                            status: "scheduled" | "recorded" | "cancelled";
                            inspectedAt: string | null;
                            results: {
                                key: string;
                                text: string;
                                /** @enum {string} */
                                result: "pass" | "fail" | "na";
                                note?: string;
                            }[];
                            summary: string | null;
                            expertIds: string[];
                            ledgerIndex: number | null;
                            ledgeredAt: string | null;
                            createdAt: string;
                            template: {
                                /** Format: uuid */
                                id: string;
                                regionCode: string | null;
                                /** @enum {string} */
                                topic: "quality" | "safety" | "green_construction" | "waste" | "smart_site";
                                name: string;
                                items: {
                                    key: string;
                                    text: string;
                                    basis?: string;
                                }[];
                                active: boolean;
                                version: number;
                                updatedAt: string;
                            } | null;
                            findings: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                inspectionId: string;
                                /** Format: uuid */
                                projectId: string;
                                regionCode: string;
                                itemKey: string | null;
                                /** @enum {string} */
                                severity: "general" | "major" | "serious";
                                description: string;
                                /** @enum {string} */
                                status: "open" | "closed";
                                stopWork: boolean;
                                stopWorkActive: boolean;
                                stopWorkLiftedAt: string | null;
                                closedAt: string | null;
                                createdAt: string;
                                photos: {
                                    /** Format: uuid */
                                    id: string;
                                    url: string;
                                    contentType: string;
                                    sizeBytes: number;
                                    sha256: string;
                                    originalName: string | null;
                                    capturedAt: string;
                                    /** @enum {string} */
                                    capturedSource: "exif" | "client" | "received";
                                }[];
                                notice: {
                                    /** Format: uuid */
                                    id: string;
                                    code: string;
                                    /** Format: uuid */
                                    findingId: string;
                                    /** Format: uuid */
                                    projectId: string;
                                    regionCode: string;
                                    /** Format: uuid */
                                    responsibleOrganisationId: string;
                                    responsibleOrganisationName?: string | null;
                                    requirement: string;
                                    deadline: string;
                                    /** @enum {string} */
                                    status: "issued" | "responded" | "closed" | "reopened";
                                    overdue: boolean;
                                    escalationLevel: number;
                                    escalatedAt: string | null;
                                    closedAt: string | null;
                                    createdAt: string;
                                } | null;
                            }[];
                            experts: {
                                id: string;
                                displayName: string;
                            }[];
                            mayRecord: boolean;
                            mayIssue: boolean;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/supervision/inspections/{id}/record": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 记录检查结果 Record results */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date-time */
                        inspectedAt: string;
                        results: {
                            key: string;
                            /** @enum {string} */
                            result: "pass" | "fail" | "na";
                            note?: string;
                        }[];
                        summary?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            projectId: string;
                            projectCode: string | null;
                            projectName: string | null;
                            regionCode: string;
                            /** Format: uuid */
                            templateId: string;
                            /** @enum {string} */
                            topic: "quality" | "safety" | "green_construction" | "waste" | "smart_site";
                            title: string;
                            /** @enum {string} */
                            stage: "planning" | "design" | "construction" | "delivery";
                            scheduledOn: string;
                            /** @enum {string} */
                            status: "scheduled" | "recorded" | "cancelled";
                            inspectedAt: string | null;
                            results: {
                                key: string;
                                text: string;
                                /** @enum {string} */
                                result: "pass" | "fail" | "na";
                                note?: string;
                            }[];
                            summary: string | null;
                            expertIds: string[];
                            ledgerIndex: number | null;
                            ledgeredAt: string | null;
                            createdAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/supervision/inspections/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 取消检查 Cancel */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            projectId: string;
                            projectCode: string | null;
                            projectName: string | null;
                            regionCode: string;
                            /** Format: uuid */
                            templateId: string;
                            /** @enum {string} */
                            topic: "quality" | "safety" | "green_construction" | "waste" | "smart_site";
                            title: string;
                            /** @enum {string} */
                            stage: "planning" | "design" | "construction" | "delivery";
                            scheduledOn: string;
                            /** @enum {string} */
                            status: "scheduled" | "recorded" | "cancelled";
                            inspectedAt: string | null;
                            results: {
                                key: string;
                                text: string;
                                /** @enum {string} */
                                result: "pass" | "fail" | "na";
                                note?: string;
                            }[];
                            summary: string | null;
                            expertIds: string[];
                            ledgerIndex: number | null;
                            ledgeredAt: string | null;
                            createdAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/supervision/inspections/{id}/findings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 记录问题（含照片，可同时下发整改通知单）Record a finding with photos
         * @description multipart/form-data: severity, description, itemKey?, stopWork?, lastModified (one per photo, ms), photos (JPEG/PNG/WebP files); with responsibleOrganisationId + deadline + requirement a rectification notice is issued in the same transaction.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            inspectionId: string;
                            /** Format: uuid */
                            projectId: string;
                            regionCode: string;
                            itemKey: string | null;
                            /** @enum {string} */
                            severity: "general" | "major" | "serious";
                            description: string;
                            /** @enum {string} */
                            status: "open" | "closed";
                            stopWork: boolean;
                            stopWorkActive: boolean;
                            stopWorkLiftedAt: string | null;
                            closedAt: string | null;
                            createdAt: string;
                            photos: {
                                /** Format: uuid */
                                id: string;
                                url: string;
                                contentType: string;
                                sizeBytes: number;
                                sha256: string;
                                originalName: string | null;
                                capturedAt: string;
                                /** @enum {string} */
                                capturedSource: "exif" | "client" | "received";
                            }[];
                            notice: {
                                /** Format: uuid */
                                id: string;
                                code: string;
                                /** Format: uuid */
                                findingId: string;
                                /** Format: uuid */
                                projectId: string;
                                regionCode: string;
                                /** Format: uuid */
                                responsibleOrganisationId: string;
                                responsibleOrganisationName?: string | null;
                                requirement: string;
                                deadline: string;
                                /** @enum {string} */
                                status: "issued" | "responded" | "closed" | "reopened";
                                overdue: boolean;
                                escalationLevel: number;
                                escalatedAt: string | null;
                                closedAt: string | null;
                                createdAt: string;
                            } | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/supervision/inspections/{id}/ledger": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 记入质量台账 Enter into the quality ledger */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            projectId: string;
                            projectCode: string | null;
                            projectName: string | null;
                            regionCode: string;
                            /** Format: uuid */
                            templateId: string;
                            /** @enum {string} */
                            topic: "quality" | "safety" | "green_construction" | "waste" | "smart_site";
                            title: string;
                            /** @enum {string} */
                            stage: "planning" | "design" | "construction" | "delivery";
                            scheduledOn: string;
                            /** @enum {string} */
                            status: "scheduled" | "recorded" | "cancelled";
                            inspectedAt: string | null;
                            results: {
                                key: string;
                                text: string;
                                /** @enum {string} */
                                result: "pass" | "fail" | "na";
                                note?: string;
                            }[];
                            summary: string | null;
                            expertIds: string[];
                            ledgerIndex: number | null;
                            ledgeredAt: string | null;
                            createdAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/supervision/findings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 问题清单 Findings */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    projectId?: string;
                    regionCode?: string;
                    status?: "open" | "closed";
                    severity?: "general" | "major" | "serious";
                    noticeStatus?: "issued" | "responded" | "closed" | "reopened";
                    overdue?: "true" | "false";
                    mine?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                inspectionId: string;
                                /** Format: uuid */
                                projectId: string;
                                regionCode: string;
                                itemKey: string | null;
                                /** @enum {string} */
                                severity: "general" | "major" | "serious";
                                description: string;
                                /** @enum {string} */
                                status: "open" | "closed";
                                stopWork: boolean;
                                stopWorkActive: boolean;
                                stopWorkLiftedAt: string | null;
                                closedAt: string | null;
                                createdAt: string;
                                photos: {
                                    /** Format: uuid */
                                    id: string;
                                    url: string;
                                    contentType: string;
                                    sizeBytes: number;
                                    sha256: string;
                                    originalName: string | null;
                                    capturedAt: string;
                                    /** @enum {string} */
                                    capturedSource: "exif" | "client" | "received";
                                }[];
                                notice: {
                                    /** Format: uuid */
                                    id: string;
                                    code: string;
                                    /** Format: uuid */
                                    findingId: string;
                                    /** Format: uuid */
                                    projectId: string;
                                    regionCode: string;
                                    /** Format: uuid */
                                    responsibleOrganisationId: string;
                                    responsibleOrganisationName?: string | null;
                                    requirement: string;
                                    deadline: string;
                                    /** @enum {string} */
                                    status: "issued" | "responded" | "closed" | "reopened";
                                    overdue: boolean;
                                    escalationLevel: number;
                                    escalatedAt: string | null;
                                    closedAt: string | null;
                                    createdAt: string;
                                } | null;
                                projectCode: string | null;
                                projectName: string | null;
                                ageDays: number;
                            }[];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/supervision/findings/{id}/notice": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 下发整改通知单 Issue a rectification notice */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        responsibleOrganisationId: string;
                        /** Format: date-time */
                        deadline: string;
                        requirement: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            code: string;
                            /** Format: uuid */
                            findingId: string;
                            /** Format: uuid */
                            projectId: string;
                            regionCode: string;
                            /** Format: uuid */
                            responsibleOrganisationId: string;
                            responsibleOrganisationName?: string | null;
                            requirement: string;
                            deadline: string;
                            /** @enum {string} */
                            status: "issued" | "responded" | "closed" | "reopened";
                            overdue: boolean;
                            escalationLevel: number;
                            escalatedAt: string | null;
                            closedAt: string | null;
                            createdAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/supervision/findings/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 关闭问题（当场整改）Close a finding without notice */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            inspectionId: string;
                            /** Format: uuid */
                            projectId: string;
                            regionCode: string;
                            itemKey: string | null;
                            /** @enum {string} */
                            severity: "general" | "major" | "serious";
                            description: string;
                            /** @enum {string} */
                            status: "open" | "closed";
                            stopWork: boolean;
                            stopWorkActive: boolean;
                            stopWorkLiftedAt: string | null;
                            closedAt: string | null;
                            createdAt: string;
                            photos: {
                                /** Format: uuid */
                                id: string;
                                url: string;
                                contentType: string;
                                sizeBytes: number;
                                sha256: string;
                                originalName: string | null;
                                capturedAt: string;
                                /** @enum {string} */
                                capturedSource: "exif" | "client" | "received";
                            }[];
                            notice: {
                                /** Format: uuid */
                                id: string;
                                code: string;
                                /** Format: uuid */
                                findingId: string;
                                /** Format: uuid */
                                projectId: string;
                                regionCode: string;
                                /** Format: uuid */
                                responsibleOrganisationId: string;
                                responsibleOrganisationName?: string | null;
                                requirement: string;
                                deadline: string;
                                /** @enum {string} */
                                status: "issued" | "responded" | "closed" | "reopened";
                                overdue: boolean;
                                escalationLevel: number;
                                escalatedAt: string | null;
                                closedAt: string | null;
                                createdAt: string;
                            } | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/supervision/findings/{id}/stop-work": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 责令停工 / 复工 Impose or lift stop-work */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        active: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            projectId: string;
                            stopWork: boolean;
                            since: string | null;
                            findings: {
                                findingId: string;
                                description: string;
                                since: string;
                                noticeCode: string | null;
                                noticeStatus: ("issued" | "responded" | "closed" | "reopened") | null;
                            }[];
                            openFindings: number;
                            openNotices: number;
                            overdueNotices: number;
                            maxEscalationLevel: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/supervision/notices/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 整改通知单 Rectification notice */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            code: string;
                            /** Format: uuid */
                            findingId: string;
                            /** Format: uuid */
                            projectId: string;
                            regionCode: string;
                            /** Format: uuid */
                            responsibleOrganisationId: string;
                            responsibleOrganisationName?: string | null;
                            requirement: string;
                            deadline: string;
                            /** @enum {string} */
                            status: "issued" | "responded" | "closed" | "reopened";
                            overdue: boolean;
                            escalationLevel: number;
                            escalatedAt: string | null;
                            closedAt: string | null;
                            createdAt: string;
                            projectCode: string;
                            projectName: string;
                            finding: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                inspectionId: string;
                                /** Format: uuid */
                                projectId: string;
                                regionCode: string;
                                itemKey: string | null;
                                /** @enum {string} */
                                severity: "general" | "major" | "serious";
                                description: string;
                                /** @enum {string} */
                                status: "open" | "closed";
                                stopWork: boolean;
                                stopWorkActive: boolean;
                                stopWorkLiftedAt: string | null;
                                closedAt: string | null;
                                createdAt: string;
                                photos: {
                                    /** Format: uuid */
                                    id: string;
                                    url: string;
                                    contentType: string;
                                    sizeBytes: number;
                                    sha256: string;
                                    originalName: string | null;
                                    capturedAt: string;
                                    /** @enum {string} */
                                    capturedSource: "exif" | "client" | "received";
                                }[];
                            };
                            events: {
                                id: number;
                                /** @enum {string} */
                                kind: "issued" | "responded" | "closed" | "reopened" | "escalated";
                                fromStatus: string | null;
                                toStatus: string | null;
                                escalationLevel: number | null;
                                comment: string | null;
                                deadline: string | null;
                                actorName: string;
                                organisationId: string | null;
                                at: string;
                                photos: {
                                    /** Format: uuid */
                                    id: string;
                                    url: string;
                                    contentType: string;
                                    sizeBytes: number;
                                    sha256: string;
                                    originalName: string | null;
                                    capturedAt: string;
                                    /** @enum {string} */
                                    capturedSource: "exif" | "client" | "received";
                                }[];
                            }[];
                            mayRespond: boolean;
                            mayVerify: boolean;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/supervision/notices/{id}/responses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 回复整改（含照片）Answer a notice with evidence
         * @description multipart/form-data: message, lastModified (one per photo, ms), photos (at least one JPEG/PNG/WebP).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            code: string;
                            /** Format: uuid */
                            findingId: string;
                            /** Format: uuid */
                            projectId: string;
                            regionCode: string;
                            /** Format: uuid */
                            responsibleOrganisationId: string;
                            responsibleOrganisationName?: string | null;
                            requirement: string;
                            deadline: string;
                            /** @enum {string} */
                            status: "issued" | "responded" | "closed" | "reopened";
                            overdue: boolean;
                            escalationLevel: number;
                            escalatedAt: string | null;
                            closedAt: string | null;
                            createdAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/supervision/notices/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 复查通过并关闭 Verify and close */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        comment?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            code: string;
                            /** Format: uuid */
                            findingId: string;
                            /** Format: uuid */
                            projectId: string;
                            regionCode: string;
                            /** Format: uuid */
                            responsibleOrganisationId: string;
                            responsibleOrganisationName?: string | null;
                            requirement: string;
                            deadline: string;
                            /** @enum {string} */
                            status: "issued" | "responded" | "closed" | "reopened";
                            overdue: boolean;
                            escalationLevel: number;
                            escalatedAt: string | null;
                            closedAt: string | null;
                            createdAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/supervision/notices/{id}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 复查不通过，重新整改 Reopen */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        comment: string;
                        /** Format: date-time */
                        deadline: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            code: string;
                            /** Format: uuid */
                            findingId: string;
                            /** Format: uuid */
                            projectId: string;
                            regionCode: string;
                            /** Format: uuid */
                            responsibleOrganisationId: string;
                            responsibleOrganisationName?: string | null;
                            requirement: string;
                            deadline: string;
                            /** @enum {string} */
                            status: "issued" | "responded" | "closed" | "reopened";
                            overdue: boolean;
                            escalationLevel: number;
                            escalatedAt: string | null;
                            closedAt: string | null;
                            createdAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/supervision/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 监督检查看板 Open findings dashboard */
        get: {
            parameters: {
                query?: {
                    regionCode?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            openFindings: number;
                            bySeverity: {
                                general: number;
                                major: number;
                                serious: number;
                            };
                            overdueNotices: number;
                            openNotices: number;
                            stopWorkProjects: number;
                            byAge: {
                                general: number;
                                major: number;
                                serious: number;
                                bucket: string;
                            }[];
                            byRegion: {
                                regionCode: string;
                                open: number;
                                overdue: number;
                                serious: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/supervision/projects/{id}/participants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 可被通知的参建单位 Participants */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                organisationId: string;
                                name: string;
                                roles: string[];
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/supervision/experts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 可委托的专家 Experts to entrust */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                displayName: string;
                                organisationName: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{id}/supervision-status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 项目监督状态（停工标记）Supervision status and stop-work flag */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            projectId: string;
                            stopWork: boolean;
                            since: string | null;
                            findings: {
                                findingId: string;
                                description: string;
                                since: string;
                                noticeCode: string | null;
                                noticeStatus: ("issued" | "responded" | "closed" | "reopened") | null;
                            }[];
                            openFindings: number;
                            openNotices: number;
                            overdueNotices: number;
                            maxEscalationLevel: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/supervision/photos/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 现场照片 Photo */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/support/records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 政策支持记录 Policy support received */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    projectId?: string;
                    regionCode?: string;
                    kind?: "reward" | "finance" | "land" | "approval" | "award";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                projectId: string;
                                projectCode: string | null;
                                projectName: string | null;
                                regionCode: string;
                                /** @enum {string} */
                                kind: "reward" | "finance" | "land" | "approval" | "award";
                                grantedOn: string;
                                grantedBy: string | null;
                                documentNo: string | null;
                                amountWanYuan: number | null;
                                batch: string | null;
                                lender: string | null;
                                product: string | null;
                                rateDiscountPct: number | null;
                                landParcel: string | null;
                                landAreaM2: number | null;
                                approvalName: string | null;
                                standardDays: number | null;
                                actualDays: number | null;
                                daysSaved: number | null;
                                awardName: string | null;
                                awardLevel: string | null;
                                note: string | null;
                                isDemo: boolean;
                                createdAt: string;
                            }[];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** 登记政策支持 Record support granted */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "reward";
                        /** Format: uuid */
                        projectId: string;
                        /** Format: date */
                        grantedOn: string;
                        grantedBy?: string | null;
                        documentNo?: string | null;
                        note?: string | null;
                        amountWanYuan: number;
                        batch?: string | null;
                    } | {
                        /** @enum {string} */
                        kind: "finance";
                        /** Format: uuid */
                        projectId: string;
                        /** Format: date */
                        grantedOn: string;
                        grantedBy?: string | null;
                        documentNo?: string | null;
                        note?: string | null;
                        lender: string;
                        product?: string | null;
                        amountWanYuan: number;
                        rateDiscountPct?: number | null;
                    } | {
                        /** @enum {string} */
                        kind: "land";
                        /** Format: uuid */
                        projectId: string;
                        /** Format: date */
                        grantedOn: string;
                        grantedBy?: string | null;
                        documentNo?: string | null;
                        note?: string | null;
                        landParcel: string;
                        landAreaM2?: number | null;
                    } | {
                        /** @enum {string} */
                        kind: "approval";
                        /** Format: uuid */
                        projectId: string;
                        /** Format: date */
                        grantedOn: string;
                        grantedBy?: string | null;
                        documentNo?: string | null;
                        note?: string | null;
                        approvalName: string;
                        standardDays: number;
                        actualDays: number;
                    } | {
                        /** @enum {string} */
                        kind: "award";
                        /** Format: uuid */
                        projectId: string;
                        /** Format: date */
                        grantedOn: string;
                        grantedBy?: string | null;
                        documentNo?: string | null;
                        note?: string | null;
                        awardName: string;
                        awardLevel?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            projectId: string;
                            projectCode: string | null;
                            projectName: string | null;
                            regionCode: string;
                            /** @enum {string} */
                            kind: "reward" | "finance" | "land" | "approval" | "award";
                            grantedOn: string;
                            grantedBy: string | null;
                            documentNo: string | null;
                            amountWanYuan: number | null;
                            batch: string | null;
                            lender: string | null;
                            product: string | null;
                            rateDiscountPct: number | null;
                            landParcel: string | null;
                            landAreaM2: number | null;
                            approvalName: string | null;
                            standardDays: number | null;
                            actualDays: number | null;
                            daysSaved: number | null;
                            awardName: string | null;
                            awardLevel: string | null;
                            note: string | null;
                            isDemo: boolean;
                            createdAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/support/records/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 修改政策支持 Update */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "reward";
                        /** Format: uuid */
                        projectId: string;
                        /** Format: date */
                        grantedOn: string;
                        grantedBy?: string | null;
                        documentNo?: string | null;
                        note?: string | null;
                        amountWanYuan: number;
                        batch?: string | null;
                    } | {
                        /** @enum {string} */
                        kind: "finance";
                        /** Format: uuid */
                        projectId: string;
                        /** Format: date */
                        grantedOn: string;
                        grantedBy?: string | null;
                        documentNo?: string | null;
                        note?: string | null;
                        lender: string;
                        product?: string | null;
                        amountWanYuan: number;
                        rateDiscountPct?: number | null;
                    } | {
                        /** @enum {string} */
                        kind: "land";
                        /** Format: uuid */
                        projectId: string;
                        /** Format: date */
                        grantedOn: string;
                        grantedBy?: string | null;
                        documentNo?: string | null;
                        note?: string | null;
                        landParcel: string;
                        landAreaM2?: number | null;
                    } | {
                        /** @enum {string} */
                        kind: "approval";
                        /** Format: uuid */
                        projectId: string;
                        /** Format: date */
                        grantedOn: string;
                        grantedBy?: string | null;
                        documentNo?: string | null;
                        note?: string | null;
                        approvalName: string;
                        standardDays: number;
                        actualDays: number;
                    } | {
                        /** @enum {string} */
                        kind: "award";
                        /** Format: uuid */
                        projectId: string;
                        /** Format: date */
                        grantedOn: string;
                        grantedBy?: string | null;
                        documentNo?: string | null;
                        note?: string | null;
                        awardName: string;
                        awardLevel?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            projectId: string;
                            projectCode: string | null;
                            projectName: string | null;
                            regionCode: string;
                            /** @enum {string} */
                            kind: "reward" | "finance" | "land" | "approval" | "award";
                            grantedOn: string;
                            grantedBy: string | null;
                            documentNo: string | null;
                            amountWanYuan: number | null;
                            batch: string | null;
                            lender: string | null;
                            product: string | null;
                            rateDiscountPct: number | null;
                            landParcel: string | null;
                            landAreaM2: number | null;
                            approvalName: string | null;
                            standardDays: number | null;
                            actualDays: number | null;
                            daysSaved: number | null;
                            awardName: string | null;
                            awardLevel: string | null;
                            note: string | null;
                            isDemo: boolean;
                            createdAt: string;
                        };
                    };
                };
            };
        };
        post?: never;
        /** 删除政策支持 Delete */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/support/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 各地区政策支持汇总 Regional totals */
        get: {
            parameters: {
                query?: {
                    regionCode?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                regionCode: string;
                                projectsSupported: number;
                                rewardCount: number;
                                rewardWanYuan: number;
                                financeCount: number;
                                financeWanYuan: number;
                                avgRateDiscountPct: number | null;
                                landCount: number;
                                landAreaM2: number;
                                approvalCount: number;
                                approvalDaysSaved: number;
                                avgDaysSavedPerApproval: number | null;
                                awardCount: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/costs/indicators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 可关联的平台指标 Linkable indicators */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                key: string;
                                /** @enum {string} */
                                kind: "disposal" | "materials" | "energy" | "water" | "carbon";
                                label: {
                                    "zh-CN": string;
                                    en: string;
                                };
                                unit: string;
                                quantityUnit: string;
                                needsBaseline: boolean;
                                baselineHint: {
                                    "zh-CN": string;
                                    en: string;
                                } | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/costs/projects/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 项目增量成本与效益 Project costs and benefits */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            project: {
                                id: string;
                                code: string;
                                name: string;
                                regionCode: string;
                                floorAreaM2: number | null;
                            };
                            measures: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                projectId: string;
                                discipline: string;
                                name: string;
                                unit: string;
                                quantity: number;
                                baselineUnitPrice: number;
                                greenUnitPrice: number;
                                incrementalUnitPrice: number;
                                incrementalCost: number;
                                benefitValue: number;
                                benefitByKind: {
                                    disposal: number;
                                    materials: number;
                                    energy: number;
                                    water: number;
                                    carbon: number;
                                };
                                carbonTonnes: number;
                                net: number;
                                note: string | null;
                                sortOrder: number;
                                benefits: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "disposal" | "materials" | "energy" | "water" | "carbon";
                                    quantity: number;
                                    unit: string;
                                    unitValue: number | null;
                                    value: number | null;
                                    /** @enum {string} */
                                    source: "manual" | "indicator";
                                    indicatorKey: string | null;
                                    indicatorSnapshot: {
                                        key: string;
                                        value: number;
                                        unit: string;
                                        asOf: string;
                                        baseline: number | null;
                                        floorAreaM2: number | null;
                                        quantity: number;
                                        quantityUnit: string;
                                    } | null;
                                    note: string | null;
                                }[];
                                updatedAt: string;
                            }[];
                            totals: {
                                incrementalCost: number;
                                benefitValue: number;
                                benefitByKind: {
                                    disposal: number;
                                    materials: number;
                                    energy: number;
                                    water: number;
                                    carbon: number;
                                };
                                carbonTonnes: number;
                                net: number;
                                floorAreaM2: number | null;
                                incrementalCostPerM2: number | null;
                                benefitPerM2: number | null;
                                carbonKgPerM2: number | null;
                                benefitCostRatio: number | null;
                            };
                            mayEdit: boolean;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/costs/projects/{id}/measures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 新增绿色措施 Add a measure */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        discipline: string;
                        name: string;
                        unit: string;
                        quantity: number;
                        baselineUnitPrice: number;
                        greenUnitPrice: number;
                        note?: string | null;
                        sortOrder?: number;
                        /** @default [] */
                        benefits?: ({
                            /** @enum {string} */
                            source: "manual";
                            /** @enum {string} */
                            kind: "disposal" | "materials" | "energy" | "water" | "carbon";
                            quantity: number;
                            unit: string;
                            /** @default null */
                            unitValue?: number | null;
                            indicatorKey?: string | null;
                            note?: string | null;
                        } | {
                            /** @enum {string} */
                            source: "indicator";
                            /** @enum {string} */
                            kind: "disposal" | "materials" | "energy" | "water" | "carbon";
                            indicatorKey: string;
                            baseline?: number | null;
                            /** @default null */
                            unitValue?: number | null;
                            note?: string | null;
                        })[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            projectId: string;
                            discipline: string;
                            name: string;
                            unit: string;
                            quantity: number;
                            baselineUnitPrice: number;
                            greenUnitPrice: number;
                            incrementalUnitPrice: number;
                            incrementalCost: number;
                            benefitValue: number;
                            benefitByKind: {
                                disposal: number;
                                materials: number;
                                energy: number;
                                water: number;
                                carbon: number;
                            };
                            carbonTonnes: number;
                            net: number;
                            note: string | null;
                            sortOrder: number;
                            benefits: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "disposal" | "materials" | "energy" | "water" | "carbon";
                                quantity: number;
                                unit: string;
                                unitValue: number | null;
                                value: number | null;
                                /** @enum {string} */
                                source: "manual" | "indicator";
                                indicatorKey: string | null;
                                indicatorSnapshot: {
                                    key: string;
                                    value: number;
                                    unit: string;
                                    asOf: string;
                                    baseline: number | null;
                                    floorAreaM2: number | null;
                                    quantity: number;
                                    quantityUnit: string;
                                } | null;
                                note: string | null;
                            }[];
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/costs/measures/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 修改绿色措施 Update a measure */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        discipline: string;
                        name: string;
                        unit: string;
                        quantity: number;
                        baselineUnitPrice: number;
                        greenUnitPrice: number;
                        note?: string | null;
                        sortOrder?: number;
                        /** @default [] */
                        benefits?: ({
                            /** @enum {string} */
                            source: "manual";
                            /** @enum {string} */
                            kind: "disposal" | "materials" | "energy" | "water" | "carbon";
                            quantity: number;
                            unit: string;
                            /** @default null */
                            unitValue?: number | null;
                            indicatorKey?: string | null;
                            note?: string | null;
                        } | {
                            /** @enum {string} */
                            source: "indicator";
                            /** @enum {string} */
                            kind: "disposal" | "materials" | "energy" | "water" | "carbon";
                            indicatorKey: string;
                            baseline?: number | null;
                            /** @default null */
                            unitValue?: number | null;
                            note?: string | null;
                        })[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            projectId: string;
                            discipline: string;
                            name: string;
                            unit: string;
                            quantity: number;
                            baselineUnitPrice: number;
                            greenUnitPrice: number;
                            incrementalUnitPrice: number;
                            incrementalCost: number;
                            benefitValue: number;
                            benefitByKind: {
                                disposal: number;
                                materials: number;
                                energy: number;
                                water: number;
                                carbon: number;
                            };
                            carbonTonnes: number;
                            net: number;
                            note: string | null;
                            sortOrder: number;
                            benefits: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "disposal" | "materials" | "energy" | "water" | "carbon";
                                quantity: number;
                                unit: string;
                                unitValue: number | null;
                                value: number | null;
                                /** @enum {string} */
                                source: "manual" | "indicator";
                                indicatorKey: string | null;
                                indicatorSnapshot: {
                                    key: string;
                                    value: number;
                                    unit: string;
                                    asOf: string;
                                    baseline: number | null;
                                    floorAreaM2: number | null;
                                    quantity: number;
                                    quantityUnit: string;
                                } | null;
                                note: string | null;
                            }[];
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        post?: never;
        /** 删除绿色措施 Delete a measure */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/costs/projects/{id}/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出增量成本清单 Excel (计价依据) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/costs/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 各地区增量成本汇总 Regional summary */
        get: {
            parameters: {
                query?: {
                    regionCode?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                regionCode: string;
                                projects: number;
                                measures: number;
                                floorAreaM2: number;
                                incrementalCost: number;
                                benefitValue: number;
                                carbonTonnes: number;
                                incrementalCostPerM2: number | null;
                                benefitPerM2: number | null;
                                byDiscipline: {
                                    discipline: string;
                                    incrementalCost: number;
                                    benefitValue: number;
                                }[];
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bim/models": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** BIM 模型列表 BIM models of visible projects */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    projectId?: string;
                    status?: "queued" | "processing" | "ready" | "failed";
                    latestOnly?: "true" | "false";
                    regionCode?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                projectId: string;
                                projectCode: string | null;
                                projectName: string | null;
                                version: number;
                                fileName: string;
                                sizeBytes: number;
                                ifcSchema: string;
                                /** @enum {string} */
                                status: "queued" | "processing" | "ready" | "failed";
                                progress: number;
                                stage: string | null;
                                errorCode: string | null;
                                errorMessage: string | null;
                                uploadedByName: string;
                                /** Format: date-time */
                                createdAt: string;
                                processedAt: string | null;
                                processingMs: number | null;
                                elementCount: number | null;
                                isDemo: boolean;
                            }[];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bim/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 可上传模型的项目 Projects the caller can see, for the model picker */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                code: string;
                                name: string;
                                regionCode: string;
                                floorAreaM2: number | null;
                                writable: boolean;
                            }[];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/bim/models": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 上传 IFC 模型（新版本）Upload an IFC model as a new version (multipart field "file") */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            projectId: string;
                            projectCode: string | null;
                            projectName: string | null;
                            version: number;
                            fileName: string;
                            sizeBytes: number;
                            ifcSchema: string;
                            /** @enum {string} */
                            status: "queued" | "processing" | "ready" | "failed";
                            progress: number;
                            stage: string | null;
                            errorCode: string | null;
                            errorMessage: string | null;
                            uploadedByName: string;
                            /** Format: date-time */
                            createdAt: string;
                            processedAt: string | null;
                            processingMs: number | null;
                            elementCount: number | null;
                            isDemo: boolean;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bim/models/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 模型详情与处理进度 Model detail and processing progress */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            projectId: string;
                            projectCode: string | null;
                            projectName: string | null;
                            version: number;
                            fileName: string;
                            sizeBytes: number;
                            ifcSchema: string;
                            /** @enum {string} */
                            status: "queued" | "processing" | "ready" | "failed";
                            progress: number;
                            stage: string | null;
                            errorCode: string | null;
                            errorMessage: string | null;
                            uploadedByName: string;
                            /** Format: date-time */
                            createdAt: string;
                            processedAt: string | null;
                            processingMs: number | null;
                            elementCount: number | null;
                            isDemo: boolean;
                            sha256: string;
                            spatial: components["schemas"]["SpatialNode"][] | null;
                            summary: unknown | null;
                            storeys: string[];
                            classes: string[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bim/models/{id}/elements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 构件清单 Element rows (take-off) */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    ifcClass?: string;
                    storey?: string;
                    material?: string;
                    volumeSource?: "declared" | "geometry" | "none";
                    q?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                expressId: number;
                                globalId: string;
                                ifcClass: string;
                                entity: string;
                                name: string | null;
                                objectType: string | null;
                                tag: string | null;
                                storey: string | null;
                                material: string | null;
                                materials: {
                                    name: string;
                                    share: number;
                                }[];
                                declaredVolume: number | null;
                                declaredArea: number | null;
                                geometryVolume: number | null;
                                geometrySurfaceArea: number | null;
                                volume: number | null;
                                area: number | null;
                                volumeSource: ("declared" | "geometry") | null;
                                volumeDifference: number | null;
                            }[];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bim/models/{id}/index": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 查看器索引：每个构件的类别、楼层、材料 Compact per-element index for the viewer (colouring, storey filter) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            classes: string[];
                            storeys: string[];
                            materials: string[];
                            items: [
                                number,
                                number,
                                number,
                                number,
                                number
                            ][];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bim/models/{id}/elements/{expressId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 构件属性与工程量 Element properties and quantities */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    expressId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            expressId: number;
                            globalId: string;
                            ifcClass: string;
                            entity: string;
                            name: string | null;
                            objectType: string | null;
                            tag: string | null;
                            storey: string | null;
                            material: string | null;
                            materials: {
                                name: string;
                                share: number;
                            }[];
                            declaredVolume: number | null;
                            declaredArea: number | null;
                            geometryVolume: number | null;
                            geometrySurfaceArea: number | null;
                            volume: number | null;
                            area: number | null;
                            volumeSource: ("declared" | "geometry") | null;
                            volumeDifference: number | null;
                            psets: {
                                [key: string]: {
                                    [key: string]: string | number | boolean | null;
                                };
                            };
                            quantitySets: {
                                [key: string]: {
                                    [key: string]: number;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bim/models/{id}/elements.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出构件清单 Excel Export the take-off to Excel */
        get: {
            parameters: {
                query?: {
                    ifcClass?: string;
                    storey?: string;
                    material?: string;
                    volumeSource?: "declared" | "geometry" | "none";
                    q?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bim/models/{id}/geometry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 模型几何（浏览用）Geometry for the viewer: triangles, placements and GlobalIds (docs/decisions/0004) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/carbon/factors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 碳排放因子库 Emission factor library */
        get: {
            parameters: {
                query?: {
                    kind?: "material" | "transport" | "energy";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                /** @enum {string} */
                                kind: "material" | "transport" | "energy";
                                nameZh: string;
                                nameEn: string;
                                unit: string;
                                value: number;
                                category: string | null;
                                carrier: string | null;
                                region: string | null;
                                year: number | null;
                                source: string;
                                /** @enum {string} */
                                confidence: "verified" | "recalled-high" | "recalled-medium" | "recalled-low";
                                note: string | null;
                                seedVersion: string | null;
                                revision: number;
                                /** Format: date-time */
                                updatedAt: string;
                                updatedBy: string;
                            }[];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** 新增因子（如地区电网因子、其他强度等级混凝土）Add a factor (regional grid factor, another concrete grade…) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        id: string;
                        /** @enum {string} */
                        kind: "material" | "transport" | "energy";
                        nameZh: string;
                        nameEn: string;
                        unit: string;
                        value: number;
                        category?: string | null;
                        carrier?: ("electricity" | "diesel" | "gasoline" | "natural-gas" | "heat" | "other") | null;
                        region?: string | null;
                        year?: number | null;
                        source: string;
                        /** @enum {string} */
                        confidence: "verified" | "recalled-high" | "recalled-medium" | "recalled-low";
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            kind: "material" | "transport" | "energy";
                            nameZh: string;
                            nameEn: string;
                            unit: string;
                            value: number;
                            category: string | null;
                            carrier: string | null;
                            region: string | null;
                            year: number | null;
                            source: string;
                            /** @enum {string} */
                            confidence: "verified" | "recalled-high" | "recalled-medium" | "recalled-low";
                            note: string | null;
                            seedVersion: string | null;
                            revision: number;
                            /** Format: date-time */
                            updatedAt: string;
                            updatedBy: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/carbon/factors/{id}/revisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 因子修订历史 Revisions of a factor */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                revision: number;
                                value: number;
                                source: string;
                                confidence: string;
                                note: string | null;
                                /** Format: date-time */
                                changedAt: string;
                                changedBy: string;
                            }[];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/carbon/factors/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修订因子（新版本）Revise a factor (adds a revision) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        value?: number;
                        source?: string;
                        /** @enum {string} */
                        confidence?: "verified" | "recalled-high" | "recalled-medium" | "recalled-low";
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            kind: "material" | "transport" | "energy";
                            nameZh: string;
                            nameEn: string;
                            unit: string;
                            value: number;
                            category: string | null;
                            carrier: string | null;
                            region: string | null;
                            year: number | null;
                            source: string;
                            /** @enum {string} */
                            confidence: "verified" | "recalled-high" | "recalled-medium" | "recalled-low";
                            note: string | null;
                            seedVersion: string | null;
                            revision: number;
                            /** Format: date-time */
                            updatedAt: string;
                            updatedBy: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/carbon/rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 材料映射规则 Material mapping rules (first match wins) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                position: number;
                                pattern: string | null;
                                ifcClasses: string[] | null;
                                factorId: string | null;
                                assumption: string | null;
                                reason: string | null;
                            }[];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** 新增映射规则 Add a mapping rule */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        position: number;
                        pattern: string | null;
                        ifcClasses: string[] | null;
                        factorId: string | null;
                        assumption: string | null;
                        reason: string | null;
                        id: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            position: number;
                            pattern: string | null;
                            ifcClasses: string[] | null;
                            factorId: string | null;
                            assumption: string | null;
                            reason: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/carbon/rules/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改映射规则 Change a mapping rule */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        position?: number;
                        pattern?: string | null;
                        ifcClasses?: string[] | null;
                        factorId?: string | null;
                        assumption?: string | null;
                        reason?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            position: number;
                            pattern: string | null;
                            ifcClasses: string[] | null;
                            factorId: string | null;
                            assumption: string | null;
                            reason: string | null;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/projects/{projectId}/carbon": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 项目隐含碳排放 Embodied carbon of a project (GB/T 51366) */
        get: {
            parameters: {
                query?: {
                    asOf?: unknown;
                };
                header?: never;
                path: {
                    projectId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            projectId: string;
                            floorAreaM2: number | null;
                            /** @enum {string} */
                            source: "bom" | "model" | "none";
                            model: {
                                id: string;
                                version: number;
                                fileName: string;
                            } | null;
                            gridFactorId: string | null;
                            transportModeId: string | null;
                            asOf: string | null;
                            withoutQuantity: {
                                ifcClass: string;
                                material: string | null;
                                count: number;
                            }[];
                            inputs: unknown[];
                            result: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/carbon.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出碳排放计算书 Export the carbon calculation to Excel */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/carbon/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 项目碳计算设置 Project carbon settings */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        gridFactorId: string | null;
                        transportModeId: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/carbon/bom": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 材料清单 Bill of materials */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                lineNo: number;
                                name: string;
                                ifcClass: string | null;
                                quantity: number;
                                /** @enum {string} */
                                unit: "m3" | "t" | "m2" | "kg";
                                factorId: string | null;
                                distanceKm: number | null;
                                transportModeId: string | null;
                                fileName: string | null;
                                /** Format: date-time */
                                importedAt: string;
                            }[];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** 导入材料清单 Excel（替换现有清单）Import a bill of materials from Excel (replaces the current one) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            imported: number;
                        };
                    };
                };
            };
        };
        /** 清除材料清单（改用模型）Remove the bill of materials (use the model) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/carbon/bom-template.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 材料清单模板 Bill-of-materials template */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/carbon/energy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 施工能耗 Construction-stage energy */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                period: string;
                                energyFactorId: string;
                                quantity: number;
                                /** @enum {string} */
                                unit: "kWh" | "L" | "kg" | "m3" | "GJ";
                                note: string | null;
                                source: string;
                                /** Format: date-time */
                                enteredAt: string;
                                enteredBy: string;
                            }[];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** 录入施工能耗 Enter construction-stage energy */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        period: string;
                        energyFactorId: string;
                        quantity: number;
                        /** @enum {string} */
                        unit: "kWh" | "L" | "kg" | "m3" | "GJ";
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            period: string;
                            energyFactorId: string;
                            quantity: number;
                            /** @enum {string} */
                            unit: "kWh" | "L" | "kg" | "m3" | "GJ";
                            note: string | null;
                            source: string;
                            /** Format: date-time */
                            enteredAt: string;
                            enteredBy: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/carbon/energy/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** 删除能耗记录 Delete an energy entry */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/waste/targets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 建筑垃圾排放目标（按地区） Discharge targets by region */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                regionCode: string;
                                conventionalMax: number;
                                prefabricatedMax: number;
                                targetYear: number;
                                source: string;
                                confidence: string;
                                weightToleranceShare: number;
                                receiptDeadlineHours: number;
                                expireAfterHours: number;
                                updatedAt: string;
                            }[];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/waste/targets/{regionCode}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 设置地区排放目标 Set a region’s targets and manifest rules */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    regionCode: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        conventionalMax: number;
                        prefabricatedMax: number;
                        targetYear: number;
                        source: string;
                        weightToleranceShare: number;
                        receiptDeadlineHours: number;
                        expireAfterHours: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            regionCode: string;
                            conventionalMax: number;
                            prefabricatedMax: number;
                            targetYear: number;
                            source: string;
                            confidence: string;
                            weightToleranceShare: number;
                            receiptDeadlineHours: number;
                            expireAfterHours: number;
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/waste/facilities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 消纳场/资源化厂名录 Facilities register */
        get: {
            parameters: {
                query?: {
                    q?: string;
                    regionCode?: string;
                    category?: string;
                    active?: "0" | "1";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                organisationId: string;
                                organisationName: string | null;
                                name: string;
                                /** @enum {string} */
                                kind: "recycling" | "disposal";
                                regionCode: string;
                                address: string | null;
                                licenceNo: string | null;
                                licenceValidFrom: string | null;
                                licenceValidUntil: string | null;
                                /** @enum {string} */
                                licenceStatus: "valid" | "expiring" | "expired" | "unlicensed";
                                acceptedCategories: string[];
                                dailyCapacityTonnes: number | null;
                                active: boolean;
                                isDemo: boolean;
                            }[];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** 登记场所 Register a facility */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        organisationId: string;
                        name: string;
                        /** @enum {string} */
                        kind: "recycling" | "disposal";
                        regionCode: string;
                        address?: string | null;
                        licenceNo?: string | null;
                        licenceValidFrom?: string | null;
                        licenceValidUntil?: string | null;
                        acceptedCategories: ("engineeringSpoil" | "engineeringMud" | "constructionWaste" | "demolitionWaste" | "decorationWaste")[];
                        dailyCapacityTonnes?: number | null;
                        active?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            organisationId: string;
                            organisationName: string | null;
                            name: string;
                            /** @enum {string} */
                            kind: "recycling" | "disposal";
                            regionCode: string;
                            address: string | null;
                            licenceNo: string | null;
                            licenceValidFrom: string | null;
                            licenceValidUntil: string | null;
                            /** @enum {string} */
                            licenceStatus: "valid" | "expiring" | "expired" | "unlicensed";
                            acceptedCategories: string[];
                            dailyCapacityTonnes: number | null;
                            active: boolean;
                            isDemo: boolean;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/waste/facilities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改场所 Update a facility */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        organisationId?: string;
                        name?: string;
                        /** @enum {string} */
                        kind?: "recycling" | "disposal";
                        regionCode?: string;
                        address?: string | null;
                        licenceNo?: string | null;
                        licenceValidFrom?: string | null;
                        licenceValidUntil?: string | null;
                        acceptedCategories?: ("engineeringSpoil" | "engineeringMud" | "constructionWaste" | "demolitionWaste" | "decorationWaste")[];
                        dailyCapacityTonnes?: number | null;
                        active?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            organisationId: string;
                            organisationName: string | null;
                            name: string;
                            /** @enum {string} */
                            kind: "recycling" | "disposal";
                            regionCode: string;
                            address: string | null;
                            licenceNo: string | null;
                            licenceValidFrom: string | null;
                            licenceValidUntil: string | null;
                            /** @enum {string} */
                            licenceStatus: "valid" | "expiring" | "expired" | "unlicensed";
                            acceptedCategories: string[];
                            dailyCapacityTonnes: number | null;
                            active: boolean;
                            isDemo: boolean;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/waste/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 项目减量化指标排名 Regional league table */
        get: {
            parameters: {
                query?: {
                    asOf?: string;
                    regionCode?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                rank: number | null;
                                hasData: boolean;
                                projectId: string;
                                code: string;
                                name: string;
                                regionCode: string;
                                status: string;
                                floorAreaM2: number | null;
                                isPrefabricated: boolean;
                                tonnes: number;
                                intensity: number | null;
                                target: number;
                                meetsTarget: boolean | null;
                                recyclingPercent: number | null;
                                forecastIntensity: number | null;
                                forecastExceeds: boolean | null;
                                confirmationPercent: number | null;
                                manifests: number;
                            }[];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/waste/projects.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出区域排名 Export the league table */
        get: {
            parameters: {
                query?: {
                    asOf?: string;
                    regionCode?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/waste": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 项目建筑垃圾指标 Project waste indicators */
        get: {
            parameters: {
                query?: {
                    asOf?: string;
                };
                header?: never;
                path: {
                    projectId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/waste/indicators.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出项目指标 Export project indicators */
        get: {
            parameters: {
                query?: {
                    asOf?: string;
                };
                header?: never;
                path: {
                    projectId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/waste/plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 减量化专项方案 Waste reduction plan */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            projectId: string;
                            exists: boolean;
                            estimates: {
                                stage: string;
                                category: string;
                                tonnes: number;
                            }[];
                            measures: {
                                title: string;
                                detail?: string;
                            }[];
                            targetOverride: number | null;
                            /** @enum {string} */
                            estimateBasis: "generated" | "discharged";
                            progressPercent: number | null;
                            notes: string | null;
                            regionalTarget: {
                                targetTPer10kM2: number;
                                /** @enum {string} */
                                basis: "conventional" | "prefabricated";
                                configId: string;
                            };
                            updatedAt: string | null;
                        };
                    };
                };
            };
        };
        /** 保存减量化专项方案 Save the plan */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        estimates: {
                            /** @enum {string} */
                            stage: "underground" | "superstructure" | "finishingAndServices";
                            /** @enum {string} */
                            category: "engineeringSpoil" | "engineeringMud" | "constructionWaste" | "demolitionWaste" | "decorationWaste";
                            tonnes: number;
                        }[];
                        measures: {
                            title: string;
                            detail?: string;
                        }[];
                        targetOverride?: number | null;
                        /**
                         * @default generated
                         * @enum {string}
                         */
                        estimateBasis?: "generated" | "discharged";
                        progressPercent?: number | null;
                        notes?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            projectId: string;
                            exists: boolean;
                            estimates: {
                                stage: string;
                                category: string;
                                tonnes: number;
                            }[];
                            measures: {
                                title: string;
                                detail?: string;
                            }[];
                            targetOverride: number | null;
                            /** @enum {string} */
                            estimateBasis: "generated" | "discharged";
                            progressPercent: number | null;
                            notes: string | null;
                            regionalTarget: {
                                targetTPer10kM2: number;
                                /** @enum {string} */
                                basis: "conventional" | "prefabricated";
                                configId: string;
                            };
                            updatedAt: string | null;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/waste/manifests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 项目电子联单 Manifests of a project */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    state?: "created" | "in_transit" | "received" | "disputed" | "expired";
                    q?: string;
                };
                header?: never;
                path: {
                    projectId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                number: string;
                                projectId: string;
                                projectName: string | null;
                                projectCode: string | null;
                                regionCode: string;
                                facilityId: string;
                                facilityName: string;
                                /** @enum {string} */
                                facilityKind: "recycling" | "disposal";
                                category: string;
                                subClass: string | null;
                                stage: string;
                                route: string;
                                vehiclePlate: string;
                                driverName: string;
                                driverPhone: string | null;
                                /** @enum {string} */
                                gateWeighing: "estimated" | "weighed";
                                gateTonnes: number;
                                /** @enum {string} */
                                state: "created" | "in_transit" | "received" | "disputed" | "expired";
                                createdAt: string;
                                dispatchedAt: string | null;
                                closedAt: string | null;
                                weighbridgeTonnes: number | null;
                                disputeReason: string | null;
                                notes: string | null;
                                alerts: {
                                    /** @enum {string} */
                                    kind: "weight_discrepancy" | "not_received" | "manifest_expired" | "facility_unlicensed" | "licence_expired" | "licence_expiring" | "category_not_accepted" | "over_capacity";
                                    details: {
                                        [key: string]: unknown;
                                    };
                                }[];
                            }[];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** 开具电子联单（出场） Issue a manifest at the gate */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        facilityId: string;
                        /** @enum {string} */
                        category: "engineeringSpoil" | "engineeringMud" | "constructionWaste" | "demolitionWaste" | "decorationWaste";
                        subClass?: ("metal" | "inorganicNonMetal" | "other") | null;
                        /** @enum {string} */
                        stage: "underground" | "superstructure" | "finishingAndServices";
                        vehiclePlate: string;
                        driverName: string;
                        driverPhone?: string | null;
                        /** @enum {string} */
                        gateWeighing: "estimated" | "weighed";
                        gateTonnes: number;
                        /** Format: date-time */
                        at?: string;
                        /** @default true */
                        dispatch?: boolean;
                        notes?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            number: string;
                            projectId: string;
                            projectName: string | null;
                            projectCode: string | null;
                            regionCode: string;
                            facilityId: string;
                            facilityName: string;
                            /** @enum {string} */
                            facilityKind: "recycling" | "disposal";
                            category: string;
                            subClass: string | null;
                            stage: string;
                            route: string;
                            vehiclePlate: string;
                            driverName: string;
                            driverPhone: string | null;
                            /** @enum {string} */
                            gateWeighing: "estimated" | "weighed";
                            gateTonnes: number;
                            /** @enum {string} */
                            state: "created" | "in_transit" | "received" | "disputed" | "expired";
                            createdAt: string;
                            dispatchedAt: string | null;
                            closedAt: string | null;
                            weighbridgeTonnes: number | null;
                            disputeReason: string | null;
                            notes: string | null;
                            alerts: {
                                /** @enum {string} */
                                kind: "weight_discrepancy" | "not_received" | "manifest_expired" | "facility_unlicensed" | "licence_expired" | "licence_expiring" | "category_not_accepted" | "over_capacity";
                                details: {
                                    [key: string]: unknown;
                                };
                            }[];
                            confirmUrl: string;
                            qrSvg: string;
                            qrPng: string;
                            canReceive: boolean;
                            canDispatch: boolean;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/waste/manifests.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出电子联单 Export manifests */
        get: {
            parameters: {
                query?: {
                    state?: "created" | "in_transit" | "received" | "disputed" | "expired";
                    q?: string;
                };
                header?: never;
                path: {
                    projectId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/waste/manifests/lookup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 按联单号查找 Find a manifest by number */
        get: {
            parameters: {
                query: {
                    number: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/waste/manifests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 联单详情（含二维码） Manifest with its QR code */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            number: string;
                            projectId: string;
                            projectName: string | null;
                            projectCode: string | null;
                            regionCode: string;
                            facilityId: string;
                            facilityName: string;
                            /** @enum {string} */
                            facilityKind: "recycling" | "disposal";
                            category: string;
                            subClass: string | null;
                            stage: string;
                            route: string;
                            vehiclePlate: string;
                            driverName: string;
                            driverPhone: string | null;
                            /** @enum {string} */
                            gateWeighing: "estimated" | "weighed";
                            gateTonnes: number;
                            /** @enum {string} */
                            state: "created" | "in_transit" | "received" | "disputed" | "expired";
                            createdAt: string;
                            dispatchedAt: string | null;
                            closedAt: string | null;
                            weighbridgeTonnes: number | null;
                            disputeReason: string | null;
                            notes: string | null;
                            alerts: {
                                /** @enum {string} */
                                kind: "weight_discrepancy" | "not_received" | "manifest_expired" | "facility_unlicensed" | "licence_expired" | "licence_expiring" | "category_not_accepted" | "over_capacity";
                                details: {
                                    [key: string]: unknown;
                                };
                            }[];
                            confirmUrl: string;
                            qrSvg: string;
                            qrPng: string;
                            canReceive: boolean;
                            canDispatch: boolean;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/waste/manifests/{id}/dispatch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 放行出场 Release at the gate */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date-time */
                        at?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            number: string;
                            projectId: string;
                            projectName: string | null;
                            projectCode: string | null;
                            regionCode: string;
                            facilityId: string;
                            facilityName: string;
                            /** @enum {string} */
                            facilityKind: "recycling" | "disposal";
                            category: string;
                            subClass: string | null;
                            stage: string;
                            route: string;
                            vehiclePlate: string;
                            driverName: string;
                            driverPhone: string | null;
                            /** @enum {string} */
                            gateWeighing: "estimated" | "weighed";
                            gateTonnes: number;
                            /** @enum {string} */
                            state: "created" | "in_transit" | "received" | "disputed" | "expired";
                            createdAt: string;
                            dispatchedAt: string | null;
                            closedAt: string | null;
                            weighbridgeTonnes: number | null;
                            disputeReason: string | null;
                            notes: string | null;
                            alerts: {
                                /** @enum {string} */
                                kind: "weight_discrepancy" | "not_received" | "manifest_expired" | "facility_unlicensed" | "licence_expired" | "licence_expiring" | "category_not_accepted" | "over_capacity";
                                details: {
                                    [key: string]: unknown;
                                };
                            }[];
                            confirmUrl: string;
                            qrSvg: string;
                            qrPng: string;
                            canReceive: boolean;
                            canDispatch: boolean;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/waste/manifests/{id}/receive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 场所确认接收（过磅） Confirm receipt with the weighbridge weight */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        weighbridgeTonnes: number;
                        /** Format: date-time */
                        at?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            number: string;
                            projectId: string;
                            projectName: string | null;
                            projectCode: string | null;
                            regionCode: string;
                            facilityId: string;
                            facilityName: string;
                            /** @enum {string} */
                            facilityKind: "recycling" | "disposal";
                            category: string;
                            subClass: string | null;
                            stage: string;
                            route: string;
                            vehiclePlate: string;
                            driverName: string;
                            driverPhone: string | null;
                            /** @enum {string} */
                            gateWeighing: "estimated" | "weighed";
                            gateTonnes: number;
                            /** @enum {string} */
                            state: "created" | "in_transit" | "received" | "disputed" | "expired";
                            createdAt: string;
                            dispatchedAt: string | null;
                            closedAt: string | null;
                            weighbridgeTonnes: number | null;
                            disputeReason: string | null;
                            notes: string | null;
                            alerts: {
                                /** @enum {string} */
                                kind: "weight_discrepancy" | "not_received" | "manifest_expired" | "facility_unlicensed" | "licence_expired" | "licence_expiring" | "category_not_accepted" | "over_capacity";
                                details: {
                                    [key: string]: unknown;
                                };
                            }[];
                            confirmUrl: string;
                            qrSvg: string;
                            qrPng: string;
                            canReceive: boolean;
                            canDispatch: boolean;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/waste/manifests/{id}/dispute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 提出异议（拒收） Dispute a load */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                        /** Format: date-time */
                        at?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            number: string;
                            projectId: string;
                            projectName: string | null;
                            projectCode: string | null;
                            regionCode: string;
                            facilityId: string;
                            facilityName: string;
                            /** @enum {string} */
                            facilityKind: "recycling" | "disposal";
                            category: string;
                            subClass: string | null;
                            stage: string;
                            route: string;
                            vehiclePlate: string;
                            driverName: string;
                            driverPhone: string | null;
                            /** @enum {string} */
                            gateWeighing: "estimated" | "weighed";
                            gateTonnes: number;
                            /** @enum {string} */
                            state: "created" | "in_transit" | "received" | "disputed" | "expired";
                            createdAt: string;
                            dispatchedAt: string | null;
                            closedAt: string | null;
                            weighbridgeTonnes: number | null;
                            disputeReason: string | null;
                            notes: string | null;
                            alerts: {
                                /** @enum {string} */
                                kind: "weight_discrepancy" | "not_received" | "manifest_expired" | "facility_unlicensed" | "licence_expired" | "licence_expiring" | "category_not_accepted" | "over_capacity";
                                details: {
                                    [key: string]: unknown;
                                };
                            }[];
                            confirmUrl: string;
                            qrSvg: string;
                            qrPng: string;
                            canReceive: boolean;
                            canDispatch: boolean;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/waste/facility/manifests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本场所待接收/已接收联单 Manifests destined to my facilities */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    state?: "created" | "in_transit" | "received" | "disputed" | "expired";
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                number: string;
                                projectId: string;
                                projectName: string | null;
                                projectCode: string | null;
                                regionCode: string;
                                facilityId: string;
                                facilityName: string;
                                /** @enum {string} */
                                facilityKind: "recycling" | "disposal";
                                category: string;
                                subClass: string | null;
                                stage: string;
                                route: string;
                                vehiclePlate: string;
                                driverName: string;
                                driverPhone: string | null;
                                /** @enum {string} */
                                gateWeighing: "estimated" | "weighed";
                                gateTonnes: number;
                                /** @enum {string} */
                                state: "created" | "in_transit" | "received" | "disputed" | "expired";
                                createdAt: string;
                                dispatchedAt: string | null;
                                closedAt: string | null;
                                weighbridgeTonnes: number | null;
                                disputeReason: string | null;
                                notes: string | null;
                                alerts: {
                                    /** @enum {string} */
                                    kind: "weight_discrepancy" | "not_received" | "manifest_expired" | "facility_unlicensed" | "licence_expired" | "licence_expiring" | "category_not_accepted" | "over_capacity";
                                    details: {
                                        [key: string]: unknown;
                                    };
                                }[];
                            }[];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/waste/records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 现场分类与再利用记录 On-site records */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    kind?: "sorted" | "reused" | "historical";
                };
                header?: never;
                path: {
                    projectId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                projectId: string;
                                /** @enum {string} */
                                kind: "sorted" | "reused" | "historical";
                                recordDate: string;
                                stage: string;
                                category: string;
                                subClass: string | null;
                                route: string | null;
                                tonnes: number;
                                reference: string | null;
                                notes: string | null;
                                importBatch: string | null;
                                createdAt: string;
                            }[];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** 新增现场记录 Add an on-site record */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "sorted" | "reused" | "historical";
                        /** Format: date */
                        recordDate: string;
                        /** @enum {string} */
                        stage: "underground" | "superstructure" | "finishingAndServices";
                        /** @enum {string} */
                        category: "engineeringSpoil" | "engineeringMud" | "constructionWaste" | "demolitionWaste" | "decorationWaste";
                        subClass?: ("metal" | "inorganicNonMetal" | "other") | null;
                        route?: ("reuseOnSite" | "recycling" | "disposal") | null;
                        tonnes: number;
                        reference?: string | null;
                        notes?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            projectId: string;
                            /** @enum {string} */
                            kind: "sorted" | "reused" | "historical";
                            recordDate: string;
                            stage: string;
                            category: string;
                            subClass: string | null;
                            route: string | null;
                            tonnes: number;
                            reference: string | null;
                            notes: string | null;
                            importBatch: string | null;
                            createdAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/waste/records/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** 删除现场记录 Delete an on-site record */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/waste/records/template.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 历史记录导入模板 Import template */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/waste/records/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 导入历史记录（全部成功或全部不导入） Import historical records, all or nothing */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            batch: string;
                            imported: number;
                            tonnes: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/waste/alerts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 建筑垃圾预警 Alerts */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    projectId?: string;
                    regionCode?: string;
                    open?: "0" | "1";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                /** @enum {string} */
                                kind: "weight_discrepancy" | "not_received" | "manifest_expired" | "facility_unlicensed" | "licence_expired" | "licence_expiring" | "category_not_accepted" | "over_capacity";
                                projectId: string | null;
                                projectName: string | null;
                                manifestId: string | null;
                                manifestNumber: string | null;
                                facilityId: string | null;
                                facilityName: string | null;
                                regionCode: string | null;
                                details: {
                                    [key: string]: unknown;
                                };
                                raisedAt: string;
                            }[];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/devices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 项目设备 Devices of a project */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                projectId: string;
                                name: string;
                                /** @enum {string} */
                                kind: "dust_noise" | "water_meter" | "electricity_meter" | "tower_crane" | "hoist" | "other";
                                protocols: string[];
                                mn: string | null;
                                hasHj212Password: boolean;
                                tokenPrefix: string | null;
                                metrics: string[];
                                location: string | null;
                                lenientCrc: boolean;
                                offlineAfterS: number;
                                active: boolean;
                                /** @enum {string} */
                                status: "online" | "offline" | "never" | "inactive";
                                lastSeenAt: string | null;
                                acceptedCount: number;
                                rejectedCount: number;
                                isDemo: boolean;
                                createdAt: string;
                                latest: {
                                    metric: string;
                                    time: string;
                                    value: number;
                                    flag: string;
                                }[];
                                quality: {
                                    checked: number;
                                    flagged: number;
                                    share: number | null;
                                    byRule: {
                                        [key: string]: number;
                                    };
                                } | null;
                            }[];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** 登记设备 Register a device (token shown once) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        /** @enum {string} */
                        kind: "dust_noise" | "water_meter" | "electricity_meter" | "tower_crane" | "hoist" | "other";
                        protocols: ("hj212" | "mqtt" | "http")[];
                        mn?: string | null;
                        hj212Password?: string | null;
                        metrics?: string[];
                        location?: string | null;
                        lenientCrc?: boolean;
                        offlineAfterS?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            device: {
                                id: string;
                                projectId: string;
                                name: string;
                                /** @enum {string} */
                                kind: "dust_noise" | "water_meter" | "electricity_meter" | "tower_crane" | "hoist" | "other";
                                protocols: string[];
                                mn: string | null;
                                hasHj212Password: boolean;
                                tokenPrefix: string | null;
                                metrics: string[];
                                location: string | null;
                                lenientCrc: boolean;
                                offlineAfterS: number;
                                active: boolean;
                                /** @enum {string} */
                                status: "online" | "offline" | "never" | "inactive";
                                lastSeenAt: string | null;
                                acceptedCount: number;
                                rejectedCount: number;
                                isDemo: boolean;
                                createdAt: string;
                            };
                            token: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/devices/{deviceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改设备 Update a device */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                    deviceId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        /** @enum {string} */
                        kind?: "dust_noise" | "water_meter" | "electricity_meter" | "tower_crane" | "hoist" | "other";
                        protocols?: ("hj212" | "mqtt" | "http")[];
                        mn?: string | null;
                        hj212Password?: string | null;
                        metrics?: string[];
                        location?: string | null;
                        lenientCrc?: boolean;
                        offlineAfterS?: number;
                        active?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            projectId: string;
                            name: string;
                            /** @enum {string} */
                            kind: "dust_noise" | "water_meter" | "electricity_meter" | "tower_crane" | "hoist" | "other";
                            protocols: string[];
                            mn: string | null;
                            hasHj212Password: boolean;
                            tokenPrefix: string | null;
                            metrics: string[];
                            location: string | null;
                            lenientCrc: boolean;
                            offlineAfterS: number;
                            active: boolean;
                            /** @enum {string} */
                            status: "online" | "offline" | "never" | "inactive";
                            lastSeenAt: string | null;
                            acceptedCount: number;
                            rejectedCount: number;
                            isDemo: boolean;
                            createdAt: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/projects/{projectId}/devices/{deviceId}/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 重置设备令牌 Rotate the device token */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                    deviceId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            device: {
                                id: string;
                                projectId: string;
                                name: string;
                                /** @enum {string} */
                                kind: "dust_noise" | "water_meter" | "electricity_meter" | "tower_crane" | "hoist" | "other";
                                protocols: string[];
                                mn: string | null;
                                hasHj212Password: boolean;
                                tokenPrefix: string | null;
                                metrics: string[];
                                location: string | null;
                                lenientCrc: boolean;
                                offlineAfterS: number;
                                active: boolean;
                                /** @enum {string} */
                                status: "online" | "offline" | "never" | "inactive";
                                lastSeenAt: string | null;
                                acceptedCount: number;
                                rejectedCount: number;
                                isDemo: boolean;
                                createdAt: string;
                            };
                            token: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/devices/{deviceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 设备详情 Device */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    deviceId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            projectId: string;
                            name: string;
                            /** @enum {string} */
                            kind: "dust_noise" | "water_meter" | "electricity_meter" | "tower_crane" | "hoist" | "other";
                            protocols: string[];
                            mn: string | null;
                            hasHj212Password: boolean;
                            tokenPrefix: string | null;
                            metrics: string[];
                            location: string | null;
                            lenientCrc: boolean;
                            offlineAfterS: number;
                            active: boolean;
                            /** @enum {string} */
                            status: "online" | "offline" | "never" | "inactive";
                            lastSeenAt: string | null;
                            acceptedCount: number;
                            rejectedCount: number;
                            isDemo: boolean;
                            createdAt: string;
                            latest: {
                                metric: string;
                                time: string;
                                value: number;
                                flag: string;
                            }[];
                            quality: {
                                checked: number;
                                flagged: number;
                                share: number | null;
                                byRule: {
                                    [key: string]: number;
                                };
                            } | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/devices/{deviceId}/readings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 设备读数 Readings of a device (raw or minute/hour/day rollups) */
        get: {
            parameters: {
                query: {
                    metric?: string;
                    from: string;
                    to: string;
                    resolution?: "raw" | "minute" | "hour" | "day" | "auto";
                };
                header?: never;
                path: {
                    deviceId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                metric: string;
                                time: string;
                                value: number;
                                flag: string;
                                kind?: string;
                                quality?: string | null;
                                min?: number | null;
                                max?: number | null;
                                count?: number;
                            }[];
                            resolution: string;
                            truncated: boolean;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/devices/{deviceId}/rejects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 被拒数据统计 Rejected input of a device */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    deviceId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                day: string;
                                source: string;
                                reason: string;
                                count: number;
                                lastDetail: string | null;
                                lastAt: string;
                            }[];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ingest/readings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 设备批量上报 Device batch upload (JSON array or NDJSON); 2xx only after a durable write */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "x-device-token"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            stored: number;
                            duplicates: number;
                            rejected: number;
                            errors: {
                                index: number;
                                path: string;
                                code: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/site": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 项目智慧工地概况 Site summary of a project */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            project: {
                                id: string;
                                code: string;
                                name: string;
                                regionCode: string;
                            };
                            devices: {
                                id: string;
                                projectId: string;
                                name: string;
                                /** @enum {string} */
                                kind: "dust_noise" | "water_meter" | "electricity_meter" | "tower_crane" | "hoist" | "other";
                                protocols: string[];
                                mn: string | null;
                                hasHj212Password: boolean;
                                tokenPrefix: string | null;
                                metrics: string[];
                                location: string | null;
                                lenientCrc: boolean;
                                offlineAfterS: number;
                                active: boolean;
                                /** @enum {string} */
                                status: "online" | "offline" | "never" | "inactive";
                                lastSeenAt: string | null;
                                acceptedCount: number;
                                rejectedCount: number;
                                isDemo: boolean;
                                createdAt: string;
                                latest: {
                                    metric: string;
                                    time: string;
                                    value: number;
                                    flag: string;
                                }[];
                                quality: {
                                    checked: number;
                                    flagged: number;
                                    share: number | null;
                                    byRule: {
                                        [key: string]: number;
                                    };
                                } | null;
                            }[];
                            activeAlarms: number;
                            indicators: {
                                pm10ExceedanceRate: number | null;
                                noiseExceedanceRate: number | null;
                                deviceOnlineRate: number | null;
                            };
                            canManage: boolean;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/site/alarms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 项目告警 Alarms of a project */
        get: {
            parameters: {
                query?: {
                    state?: "open" | "acknowledged" | "closed" | "active";
                    page?: number;
                    pageSize?: number;
                    regionCode?: string;
                };
                header?: never;
                path: {
                    projectId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                deviceId: string;
                                projectId: string;
                                deviceName: string | null;
                                projectName: string | null;
                                /** @enum {string} */
                                kind: "threshold" | "offline";
                                ruleKey: string;
                                metric: string | null;
                                limitValue: number | null;
                                observedValue: number | null;
                                /** @enum {string} */
                                state: "open" | "acknowledged" | "closed";
                                openedAt: string;
                                acknowledgedAt: string | null;
                                acknowledgedBy: string | null;
                                closedAt: string | null;
                                closedBy: string | null;
                                note: string | null;
                            }[];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/site/alarms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 可见项目的告警 Alarms across visible projects */
        get: {
            parameters: {
                query?: {
                    state?: "open" | "acknowledged" | "closed" | "active";
                    page?: number;
                    pageSize?: number;
                    regionCode?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                deviceId: string;
                                projectId: string;
                                deviceName: string | null;
                                projectName: string | null;
                                /** @enum {string} */
                                kind: "threshold" | "offline";
                                ruleKey: string;
                                metric: string | null;
                                limitValue: number | null;
                                observedValue: number | null;
                                /** @enum {string} */
                                state: "open" | "acknowledged" | "closed";
                                openedAt: string;
                                acknowledgedAt: string | null;
                                acknowledgedBy: string | null;
                                closedAt: string | null;
                                closedBy: string | null;
                                note: string | null;
                            }[];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/site/alarms/{id}/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 确认告警 Acknowledge an alarm */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            deviceId: string;
                            projectId: string;
                            deviceName: string | null;
                            projectName: string | null;
                            /** @enum {string} */
                            kind: "threshold" | "offline";
                            ruleKey: string;
                            metric: string | null;
                            limitValue: number | null;
                            observedValue: number | null;
                            /** @enum {string} */
                            state: "open" | "acknowledged" | "closed";
                            openedAt: string;
                            acknowledgedAt: string | null;
                            acknowledgedBy: string | null;
                            closedAt: string | null;
                            closedBy: string | null;
                            note: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/site/alarms/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 关闭告警 Close an alarm */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            deviceId: string;
                            projectId: string;
                            deviceName: string | null;
                            projectName: string | null;
                            /** @enum {string} */
                            kind: "threshold" | "offline";
                            ruleKey: string;
                            metric: string | null;
                            limitValue: number | null;
                            observedValue: number | null;
                            /** @enum {string} */
                            state: "open" | "acknowledged" | "closed";
                            openedAt: string;
                            acknowledgedAt: string | null;
                            acknowledgedBy: string | null;
                            closedAt: string | null;
                            closedBy: string | null;
                            note: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/site/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出监测数据 Export readings (streamed CSV or Excel) */
        get: {
            parameters: {
                query: {
                    from: string;
                    to: string;
                    format?: "csv" | "xlsx";
                    resolution?: "raw" | "minute" | "hour" | "day";
                    metric?: string;
                    deviceId?: string;
                };
                header?: never;
                path: {
                    projectId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/site/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 实时推送 Live readings and alarms (Server-Sent Events) */
        get: {
            parameters: {
                query?: {
                    projectId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/site/overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 智慧工地总览 Regional overview of every visible site */
        get: {
            parameters: {
                query?: {
                    regionCode?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            sites: {
                                projectId: string;
                                projectCode: string;
                                projectName: string;
                                regionCode: string;
                                devices: number;
                                online: number;
                                pm10: {
                                    value: number;
                                    time: string;
                                } | null;
                                noise: {
                                    value: number;
                                    time: string;
                                } | null;
                                activeAlarms: number;
                                flaggedShare: number | null;
                            }[];
                            worstDevices: {
                                deviceId: string;
                                deviceName: string;
                                projectId: string;
                                projectName: string;
                                checked: number;
                                flagged: number;
                                share: number;
                                rejected: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/site/rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 告警阈值规则 Threshold rules */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                regionCode: string | null;
                                projectId: string | null;
                                metric: string;
                                /** @enum {string} */
                                period: "all" | "day" | "night";
                                limitValue: number;
                                sustainedMinutes: number;
                                dayStartMinute: number;
                                dayEndMinute: number;
                                basis: string | null;
                                enabled: boolean;
                                createdAt: string;
                                updatedAt: string;
                            }[];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** 新建阈值规则 Create a threshold rule */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        regionCode?: string | null;
                        projectId?: string | null;
                        metric: string;
                        /**
                         * @default all
                         * @enum {string}
                         */
                        period?: "all" | "day" | "night";
                        limitValue: number;
                        /** @default 0 */
                        sustainedMinutes?: number;
                        /** @default 360 */
                        dayStartMinute?: number;
                        /** @default 1320 */
                        dayEndMinute?: number;
                        basis?: string | null;
                        /** @default true */
                        enabled?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            regionCode: string | null;
                            projectId: string | null;
                            metric: string;
                            /** @enum {string} */
                            period: "all" | "day" | "night";
                            limitValue: number;
                            sustainedMinutes: number;
                            dayStartMinute: number;
                            dayEndMinute: number;
                            basis: string | null;
                            enabled: boolean;
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/site/rules/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改阈值规则 Update a threshold rule */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        limitValue?: number;
                        sustainedMinutes?: number;
                        dayStartMinute?: number;
                        dayEndMinute?: number;
                        basis?: string | null;
                        enabled?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            regionCode: string | null;
                            projectId: string | null;
                            metric: string;
                            /** @enum {string} */
                            period: "all" | "day" | "night";
                            limitValue: number;
                            sustainedMinutes: number;
                            dayStartMinute: number;
                            dayEndMinute: number;
                            basis: string | null;
                            enabled: boolean;
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/site/factor-aliases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** HJ 212 因子别名 Vendor factor aliases */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            aliases: {
                                [key: string]: string;
                            };
                        };
                    };
                };
            };
        };
        /** 修改因子别名 Replace the vendor factor aliases */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        aliases: {
                            [key: string]: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            aliases: {
                                [key: string]: string;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/components/types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 构件类型与模数规则 Component types and their modules */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                type: string;
                                zh: string;
                                en: string;
                                dims: {
                                    key: string;
                                    zh: string;
                                    en: string;
                                    modules: string[];
                                }[];
                            }[];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/components/specs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 构件库规格 Library specs */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    library?: string;
                    effectiveFor?: string;
                    type?: "composite_slab" | "wall_panel" | "stair" | "balcony" | "ac_board" | "beam" | "column" | "kitchen" | "bathroom" | "other";
                    status?: "draft" | "active" | "withdrawn";
                    q?: string;
                    modular?: "yes" | "no";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                regionCode: string | null;
                                /** @enum {string} */
                                library: "national" | "regional";
                                code: string;
                                /** @enum {string} */
                                type: "composite_slab" | "wall_panel" | "stair" | "balcony" | "ac_board" | "beam" | "column" | "kitchen" | "bathroom" | "other";
                                name: string;
                                profile: string | null;
                                dimsMm: number[];
                                actualDimsMm: number[];
                                jointMm: number | null;
                                material: string | null;
                                grade: string | null;
                                manufacturers: string[];
                                version: string;
                                /** @enum {string} */
                                status: "draft" | "active" | "withdrawn";
                                source: string | null;
                                isDemo: boolean;
                                modular: {
                                    applicable: boolean;
                                    ok: boolean | null;
                                    reason: string | null;
                                    dims: {
                                        dim: string;
                                        label: string;
                                        dimMm: number;
                                        expected: string[];
                                        ok: boolean;
                                        module: string | null;
                                        reason: string | null;
                                        nearest: {
                                            module: string;
                                            dimMm: number;
                                            deltaMm: number;
                                        }[];
                                    }[];
                                };
                                updatedAt: string;
                            }[];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** 新增规格 Add a spec */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default null */
                        regionCode?: string | null;
                        code: string;
                        /** @enum {string} */
                        type: "composite_slab" | "wall_panel" | "stair" | "balcony" | "ac_board" | "beam" | "column" | "kitchen" | "bathroom" | "other";
                        name: string;
                        /** @default null */
                        profile?: string | null;
                        /** @default [] */
                        dimsMm?: number[];
                        /** @default null */
                        jointMm?: number | null;
                        /** @default null */
                        material?: string | null;
                        /** @default null */
                        grade?: string | null;
                        /** @default [] */
                        manufacturers?: string[];
                        /** @default 1.0 */
                        version?: string;
                        /**
                         * @default active
                         * @enum {string}
                         */
                        status?: "draft" | "active" | "withdrawn";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            regionCode: string | null;
                            /** @enum {string} */
                            library: "national" | "regional";
                            code: string;
                            /** @enum {string} */
                            type: "composite_slab" | "wall_panel" | "stair" | "balcony" | "ac_board" | "beam" | "column" | "kitchen" | "bathroom" | "other";
                            name: string;
                            profile: string | null;
                            dimsMm: number[];
                            actualDimsMm: number[];
                            jointMm: number | null;
                            material: string | null;
                            grade: string | null;
                            manufacturers: string[];
                            version: string;
                            /** @enum {string} */
                            status: "draft" | "active" | "withdrawn";
                            source: string | null;
                            isDemo: boolean;
                            modular: {
                                applicable: boolean;
                                ok: boolean | null;
                                reason: string | null;
                                dims: {
                                    dim: string;
                                    label: string;
                                    dimMm: number;
                                    expected: string[];
                                    ok: boolean;
                                    module: string | null;
                                    reason: string | null;
                                    nearest: {
                                        module: string;
                                        dimMm: number;
                                        deltaMm: number;
                                    }[];
                                }[];
                            };
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/components/specs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 规格详情 One spec */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            regionCode: string | null;
                            /** @enum {string} */
                            library: "national" | "regional";
                            code: string;
                            /** @enum {string} */
                            type: "composite_slab" | "wall_panel" | "stair" | "balcony" | "ac_board" | "beam" | "column" | "kitchen" | "bathroom" | "other";
                            name: string;
                            profile: string | null;
                            dimsMm: number[];
                            actualDimsMm: number[];
                            jointMm: number | null;
                            material: string | null;
                            grade: string | null;
                            manufacturers: string[];
                            version: string;
                            /** @enum {string} */
                            status: "draft" | "active" | "withdrawn";
                            source: string | null;
                            isDemo: boolean;
                            modular: {
                                applicable: boolean;
                                ok: boolean | null;
                                reason: string | null;
                                dims: {
                                    dim: string;
                                    label: string;
                                    dimMm: number;
                                    expected: string[];
                                    ok: boolean;
                                    module: string | null;
                                    reason: string | null;
                                    nearest: {
                                        module: string;
                                        dimMm: number;
                                        deltaMm: number;
                                    }[];
                                }[];
                            };
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改规格 Change a spec */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        profile?: string | null;
                        dimsMm?: number[];
                        jointMm?: number | null;
                        material?: string | null;
                        grade?: string | null;
                        manufacturers?: string[];
                        version?: string;
                        /** @enum {string} */
                        status?: "draft" | "active" | "withdrawn";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            regionCode: string | null;
                            /** @enum {string} */
                            library: "national" | "regional";
                            code: string;
                            /** @enum {string} */
                            type: "composite_slab" | "wall_panel" | "stair" | "balcony" | "ac_board" | "beam" | "column" | "kitchen" | "bathroom" | "other";
                            name: string;
                            profile: string | null;
                            dimsMm: number[];
                            actualDimsMm: number[];
                            jointMm: number | null;
                            material: string | null;
                            grade: string | null;
                            manufacturers: string[];
                            version: string;
                            /** @enum {string} */
                            status: "draft" | "active" | "withdrawn";
                            source: string | null;
                            isDemo: boolean;
                            modular: {
                                applicable: boolean;
                                ok: boolean | null;
                                reason: string | null;
                                dims: {
                                    dim: string;
                                    label: string;
                                    dimMm: number;
                                    expected: string[];
                                    ok: boolean;
                                    module: string | null;
                                    reason: string | null;
                                    nearest: {
                                        module: string;
                                        dimMm: number;
                                        deltaMm: number;
                                    }[];
                                }[];
                            };
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/components/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 模数检查 Check dimensions against GB/T 50002 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        type: "composite_slab" | "wall_panel" | "stair" | "balcony" | "ac_board" | "beam" | "column" | "kitchen" | "bathroom" | "other";
                        dimsMm: number[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            applicable: boolean;
                            ok: boolean | null;
                            reason: string | null;
                            dims: {
                                dim: string;
                                label: string;
                                dimMm: number;
                                expected: string[];
                                ok: boolean;
                                module: string | null;
                                reason: string | null;
                                nearest: {
                                    module: string;
                                    dimMm: number;
                                    deltaMm: number;
                                }[];
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/components/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 导入构件库 Excel（全部成功或全部不导入） Import the library from Excel, all or nothing */
        post: {
            parameters: {
                query?: {
                    library?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            importId: string;
                            rowsTotal: number;
                            created: number;
                            updated: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/components/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导入记录 Import history */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                regionCode: string | null;
                                filename: string;
                                status: string;
                                rowsTotal: number;
                                created: number;
                                updated: number;
                                errors: {
                                    row: number;
                                    column: string;
                                    value: string;
                                    code: string;
                                    message: string;
                                }[];
                                createdAt: string;
                            }[];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/components/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出构件库 Excel Export the library */
        get: {
            parameters: {
                query?: {
                    library?: string;
                    effectiveFor?: string;
                    type?: "composite_slab" | "wall_panel" | "stair" | "balcony" | "ac_board" | "beam" | "column" | "kitchen" | "bathroom" | "other";
                    status?: "draft" | "active" | "withdrawn";
                    q?: string;
                    modular?: "yes" | "no";
                    template?: "1";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/components/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 项目构件标准化指标 Standardisation KPIs of a project */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            project: {
                                id: string;
                                code: string;
                                name: string;
                                regionCode: string;
                            };
                            model: {
                                id: string;
                                label: string;
                            } | null;
                            instancesModelId: string | null;
                            bimAvailable: boolean;
                            toleranceMm: number;
                            librarySpecs: number;
                            instances: number;
                            matched: number;
                            exact: number;
                            withinTolerance: number;
                            rate: number | null;
                            specCountByType: {
                                [key: string]: number;
                            };
                            repetition: {
                                type: string;
                                instances: number;
                                specs: number;
                                repetition: number;
                                perSpec: {
                                    specKey: string;
                                    code: string;
                                    library: boolean;
                                    instances: number;
                                }[];
                            }[];
                            nonStandard: {
                                specKey: string;
                                type: string;
                                profile: string | null;
                                dimsMm: number[];
                                instances: number;
                                sourceRefs: string[];
                                modelInstances: number;
                                nearest: {
                                    specId: string;
                                    code: string;
                                    name: string;
                                    dimsMm: number[];
                                    distanceMm: number;
                                } | null;
                                modular: {
                                    applicable: boolean;
                                    ok: boolean | null;
                                    reason: string | null;
                                };
                            }[];
                            bySource: {
                                model: number;
                                schedule: number;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/components/non-standard-elements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 非标准构件的模型 GlobalId（三维高亮用） GlobalIds of the non-standard instances, for the 3D highlight */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            modelId: string | null;
                            latest: boolean;
                            modelInstances: number;
                            scheduleInstances: number;
                            groups: {
                                specKey: string;
                                globalIds: string[];
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/components/instances": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 项目构件实例 Component instances of a project */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    match?: "exact" | "within-tolerance" | "none";
                    type?: "composite_slab" | "wall_panel" | "stair" | "balcony" | "ac_board" | "beam" | "column" | "kitchen" | "bathroom" | "other";
                };
                header?: never;
                path: {
                    projectId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                source: string;
                                sourceRef: string;
                                type: string;
                                name: string | null;
                                profile: string | null;
                                dimsMm: number[];
                                quantity: number;
                                storey: string | null;
                                match: string;
                                specCode: string | null;
                                distanceMm: number | null;
                            }[];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/components/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 构件识别规则 Recognition rules */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            rules: {
                                /** @enum {string} */
                                componentType: "composite_slab" | "wall_panel" | "stair" | "balcony" | "ac_board" | "beam" | "column" | "kitchen" | "bathroom" | "other";
                                ifcClass?: string | null;
                                nameContains?: string | null;
                                propertySet?: string | null;
                                propertyName?: string | null;
                                propertyValue?: string | null;
                                /** @enum {string} */
                                dimsFrom: "profile" | "quantities";
                            }[];
                            toleranceMm: number;
                            custom: boolean;
                            defaults: {
                                /** @enum {string} */
                                componentType: "composite_slab" | "wall_panel" | "stair" | "balcony" | "ac_board" | "beam" | "column" | "kitchen" | "bathroom" | "other";
                                ifcClass?: string | null;
                                nameContains?: string | null;
                                propertySet?: string | null;
                                propertyName?: string | null;
                                propertyValue?: string | null;
                                /** @enum {string} */
                                dimsFrom: "profile" | "quantities";
                            }[];
                        };
                    };
                };
            };
        };
        /** 设置构件识别规则 Set recognition rules */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        rules: {
                            /** @enum {string} */
                            componentType: "composite_slab" | "wall_panel" | "stair" | "balcony" | "ac_board" | "beam" | "column" | "kitchen" | "bathroom" | "other";
                            ifcClass?: string | null;
                            nameContains?: string | null;
                            propertySet?: string | null;
                            propertyName?: string | null;
                            propertyValue?: string | null;
                            /** @enum {string} */
                            dimsFrom: "profile" | "quantities";
                        }[];
                        toleranceMm: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/components/extract": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 从 BIM 模型识别预制构件 Recognise components in the latest BIM model */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            modelId: string;
                            elements: number;
                            instances: number;
                            withoutDimensions: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/components/schedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 导入构件清单 Excel（全部成功或全部不导入） Import a component schedule */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            rows: number;
                            units: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/prefab-ratio/calculate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 装配率计算器（比例为 0–1 小数，null 表示该项不适用计入 Q4） Prefabrication ratio calculator */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        q1a: number | null;
                        q1b: number | null;
                        q2a: number | null;
                        q2b: number | null;
                        q2c: number | null;
                        q2d: number | null;
                        q3a: number | null;
                        q3b: number | null;
                        q3c: number | null;
                        q3d: number | null;
                        fullDecoration: boolean;
                        region?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            P: number;
                            Q1: number;
                            Q2: number;
                            Q3: number;
                            Q4: number;
                            recognised: boolean;
                            grade: ("A" | "AA" | "AAA") | null;
                            assessedPercent: number;
                            items: {
                                item: string;
                                /** @enum {string} */
                                group: "Q1" | "Q2" | "Q3";
                                ratio: number | null;
                                score: number;
                                max: number;
                                applicable: boolean;
                                note: string;
                            }[];
                            reasons: {
                                code: string;
                                clause: string;
                                message: string;
                            }[];
                            table: {
                                id: string;
                                version: string;
                                regionCode: string | null;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/prefab/score-tables": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 装配率评分表（按地区、版本） Score tables */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                version: string;
                                regionCode: string | null;
                                confidence: string;
                                source: string;
                                createdAt: string;
                                data: {
                                    id: string;
                                    version: string;
                                    region: string;
                                    source: string;
                                    /** @enum {string} */
                                    confidence: "verified" | "recalled-high" | "recalled-medium" | "recalled-low";
                                    groups: {
                                        /** @enum {string} */
                                        id: "Q1" | "Q2" | "Q3";
                                        nameZh: string;
                                        nameEn: string;
                                        max: number;
                                        minimum: number;
                                    }[];
                                    items: {
                                        /** @enum {string} */
                                        item: "q1a" | "q1b" | "q2a" | "q2b" | "q2c" | "q2d" | "q3a" | "q3b" | "q3c" | "q3d";
                                        /** @enum {string} */
                                        group: "Q1" | "Q2" | "Q3";
                                        nameZh: string;
                                        nameEn: string;
                                        scoring: {
                                            /** @enum {string} */
                                            kind: "interpolated";
                                            lower: number;
                                            upper: number;
                                            scoreLower: number;
                                            scoreUpper: number;
                                        } | {
                                            /** @enum {string} */
                                            kind: "fixed";
                                            lower: number;
                                            score: number;
                                        };
                                    }[];
                                    fullDecoration: {
                                        /** @enum {string} */
                                        group: "Q1" | "Q2" | "Q3";
                                        score: number;
                                        nameZh: string;
                                        nameEn: string;
                                    };
                                    scoreDecimals: number;
                                    reportDecimals: number;
                                    recognition: {
                                        minRatioPercent: number;
                                        requireFullDecoration: boolean;
                                    };
                                    grading: {
                                        minQ1a: number;
                                        bands: {
                                            /** @enum {string} */
                                            grade: "A" | "AA" | "AAA";
                                            min: number;
                                            max: number | null;
                                        }[];
                                        rounding: {
                                            /** @enum {string} */
                                            mode: "half-up" | "half-even" | "floor";
                                            decimals: number;
                                        };
                                    };
                                };
                            }[];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** 新增地区评分表版本 Add a regional score table version */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        regionCode: string | null;
                        table: {
                            id: string;
                            version: string;
                            region: string;
                            source: string;
                            /** @enum {string} */
                            confidence: "verified" | "recalled-high" | "recalled-medium" | "recalled-low";
                            groups: {
                                /** @enum {string} */
                                id: "Q1" | "Q2" | "Q3";
                                nameZh: string;
                                nameEn: string;
                                max: number;
                                minimum: number;
                            }[];
                            items: {
                                /** @enum {string} */
                                item: "q1a" | "q1b" | "q2a" | "q2b" | "q2c" | "q2d" | "q3a" | "q3b" | "q3c" | "q3d";
                                /** @enum {string} */
                                group: "Q1" | "Q2" | "Q3";
                                nameZh: string;
                                nameEn: string;
                                scoring: {
                                    /** @enum {string} */
                                    kind: "interpolated";
                                    lower: number;
                                    upper: number;
                                    scoreLower: number;
                                    scoreUpper: number;
                                } | {
                                    /** @enum {string} */
                                    kind: "fixed";
                                    lower: number;
                                    score: number;
                                };
                            }[];
                            fullDecoration: {
                                /** @enum {string} */
                                group: "Q1" | "Q2" | "Q3";
                                score: number;
                                nameZh: string;
                                nameEn: string;
                            };
                            scoreDecimals: number;
                            reportDecimals: number;
                            recognition: {
                                minRatioPercent: number;
                                requireFullDecoration: boolean;
                            };
                            grading: {
                                minQ1a: number;
                                bands: {
                                    /** @enum {string} */
                                    grade: "A" | "AA" | "AAA";
                                    min: number;
                                    max: number | null;
                                }[];
                                rounding: {
                                    /** @enum {string} */
                                    mode: "half-up" | "half-even" | "floor";
                                    decimals: number;
                                };
                            };
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            version: string;
                            regionCode: string | null;
                            confidence: string;
                            source: string;
                            createdAt: string;
                            data: {
                                id: string;
                                version: string;
                                region: string;
                                source: string;
                                /** @enum {string} */
                                confidence: "verified" | "recalled-high" | "recalled-medium" | "recalled-low";
                                groups: {
                                    /** @enum {string} */
                                    id: "Q1" | "Q2" | "Q3";
                                    nameZh: string;
                                    nameEn: string;
                                    max: number;
                                    minimum: number;
                                }[];
                                items: {
                                    /** @enum {string} */
                                    item: "q1a" | "q1b" | "q2a" | "q2b" | "q2c" | "q2d" | "q3a" | "q3b" | "q3c" | "q3d";
                                    /** @enum {string} */
                                    group: "Q1" | "Q2" | "Q3";
                                    nameZh: string;
                                    nameEn: string;
                                    scoring: {
                                        /** @enum {string} */
                                        kind: "interpolated";
                                        lower: number;
                                        upper: number;
                                        scoreLower: number;
                                        scoreUpper: number;
                                    } | {
                                        /** @enum {string} */
                                        kind: "fixed";
                                        lower: number;
                                        score: number;
                                    };
                                }[];
                                fullDecoration: {
                                    /** @enum {string} */
                                    group: "Q1" | "Q2" | "Q3";
                                    score: number;
                                    nameZh: string;
                                    nameEn: string;
                                };
                                scoreDecimals: number;
                                reportDecimals: number;
                                recognition: {
                                    minRatioPercent: number;
                                    requireFullDecoration: boolean;
                                };
                                grading: {
                                    minQ1a: number;
                                    bands: {
                                        /** @enum {string} */
                                        grade: "A" | "AA" | "AAA";
                                        min: number;
                                        max: number | null;
                                    }[];
                                    rounding: {
                                        /** @enum {string} */
                                        mode: "half-up" | "half-even" | "floor";
                                        decimals: number;
                                    };
                                };
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/prefab": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 项目装配率计算表 Prefabrication ratio sheet of a project */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            project: {
                                id: string;
                                code: string;
                                name: string;
                                regionCode: string;
                                isPrefabricated: boolean;
                            };
                            table: {
                                id: string;
                                version: string;
                                regionCode: string | null;
                                source: string;
                                confidence: string;
                                data: {
                                    id: string;
                                    version: string;
                                    region: string;
                                    source: string;
                                    /** @enum {string} */
                                    confidence: "verified" | "recalled-high" | "recalled-medium" | "recalled-low";
                                    groups: {
                                        /** @enum {string} */
                                        id: "Q1" | "Q2" | "Q3";
                                        nameZh: string;
                                        nameEn: string;
                                        max: number;
                                        minimum: number;
                                    }[];
                                    items: {
                                        /** @enum {string} */
                                        item: "q1a" | "q1b" | "q2a" | "q2b" | "q2c" | "q2d" | "q3a" | "q3b" | "q3c" | "q3d";
                                        /** @enum {string} */
                                        group: "Q1" | "Q2" | "Q3";
                                        nameZh: string;
                                        nameEn: string;
                                        scoring: {
                                            /** @enum {string} */
                                            kind: "interpolated";
                                            lower: number;
                                            upper: number;
                                            scoreLower: number;
                                            scoreUpper: number;
                                        } | {
                                            /** @enum {string} */
                                            kind: "fixed";
                                            lower: number;
                                            score: number;
                                        };
                                    }[];
                                    fullDecoration: {
                                        /** @enum {string} */
                                        group: "Q1" | "Q2" | "Q3";
                                        score: number;
                                        nameZh: string;
                                        nameEn: string;
                                    };
                                    scoreDecimals: number;
                                    reportDecimals: number;
                                    recognition: {
                                        minRatioPercent: number;
                                        requireFullDecoration: boolean;
                                    };
                                    grading: {
                                        minQ1a: number;
                                        bands: {
                                            /** @enum {string} */
                                            grade: "A" | "AA" | "AAA";
                                            min: number;
                                            max: number | null;
                                        }[];
                                        rounding: {
                                            /** @enum {string} */
                                            mode: "half-up" | "half-even" | "floor";
                                            decimals: number;
                                        };
                                    };
                                };
                            };
                            saved: {
                                inputs: {
                                    q1a: {
                                        value: number | null;
                                        /** @enum {string} */
                                        source: "model" | "manual";
                                        /** @default null */
                                        note: string | null;
                                        /** @default null */
                                        numerator: number | null;
                                        /** @default null */
                                        denominator: number | null;
                                    };
                                    q1b: {
                                        value: number | null;
                                        /** @enum {string} */
                                        source: "model" | "manual";
                                        /** @default null */
                                        note: string | null;
                                        /** @default null */
                                        numerator: number | null;
                                        /** @default null */
                                        denominator: number | null;
                                    };
                                    q2a: {
                                        value: number | null;
                                        /** @enum {string} */
                                        source: "model" | "manual";
                                        /** @default null */
                                        note: string | null;
                                        /** @default null */
                                        numerator: number | null;
                                        /** @default null */
                                        denominator: number | null;
                                    };
                                    q2b: {
                                        value: number | null;
                                        /** @enum {string} */
                                        source: "model" | "manual";
                                        /** @default null */
                                        note: string | null;
                                        /** @default null */
                                        numerator: number | null;
                                        /** @default null */
                                        denominator: number | null;
                                    };
                                    q2c: {
                                        value: number | null;
                                        /** @enum {string} */
                                        source: "model" | "manual";
                                        /** @default null */
                                        note: string | null;
                                        /** @default null */
                                        numerator: number | null;
                                        /** @default null */
                                        denominator: number | null;
                                    };
                                    q2d: {
                                        value: number | null;
                                        /** @enum {string} */
                                        source: "model" | "manual";
                                        /** @default null */
                                        note: string | null;
                                        /** @default null */
                                        numerator: number | null;
                                        /** @default null */
                                        denominator: number | null;
                                    };
                                    q3a: {
                                        value: number | null;
                                        /** @enum {string} */
                                        source: "model" | "manual";
                                        /** @default null */
                                        note: string | null;
                                        /** @default null */
                                        numerator: number | null;
                                        /** @default null */
                                        denominator: number | null;
                                    };
                                    q3b: {
                                        value: number | null;
                                        /** @enum {string} */
                                        source: "model" | "manual";
                                        /** @default null */
                                        note: string | null;
                                        /** @default null */
                                        numerator: number | null;
                                        /** @default null */
                                        denominator: number | null;
                                    };
                                    q3c: {
                                        value: number | null;
                                        /** @enum {string} */
                                        source: "model" | "manual";
                                        /** @default null */
                                        note: string | null;
                                        /** @default null */
                                        numerator: number | null;
                                        /** @default null */
                                        denominator: number | null;
                                    };
                                    q3d: {
                                        value: number | null;
                                        /** @enum {string} */
                                        source: "model" | "manual";
                                        /** @default null */
                                        note: string | null;
                                        /** @default null */
                                        numerator: number | null;
                                        /** @default null */
                                        denominator: number | null;
                                    };
                                };
                                fullDecoration: boolean;
                                savedAt: string;
                            } | null;
                            result: {
                                P: number;
                                Q1: number;
                                Q2: number;
                                Q3: number;
                                Q4: number;
                                recognised: boolean;
                                grade: ("A" | "AA" | "AAA") | null;
                                assessedPercent: number;
                                items: {
                                    item: string;
                                    /** @enum {string} */
                                    group: "Q1" | "Q2" | "Q3";
                                    ratio: number | null;
                                    score: number;
                                    max: number;
                                    applicable: boolean;
                                    note: string;
                                }[];
                                reasons: {
                                    code: string;
                                    clause: string;
                                    message: string;
                                }[];
                                table: {
                                    id: string;
                                    version: string;
                                    regionCode: string | null;
                                };
                            } | null;
                            model: {
                                model: {
                                    id: string;
                                    label: string;
                                } | null;
                                q1a: {
                                    value: number;
                                    numerator: number;
                                    denominator: number;
                                    unit: string;
                                    elements: number;
                                    precastElements: number;
                                    unmeasured: number;
                                } | null;
                                q1b: {
                                    value: number;
                                    numerator: number;
                                    denominator: number;
                                    unit: string;
                                    elements: number;
                                    precastElements: number;
                                    unmeasured: number;
                                } | null;
                            };
                            history: {
                                savedAt: string;
                                P: number | null;
                                grade: string | null;
                                recognised: boolean;
                            }[];
                        };
                    };
                };
            };
        };
        /** 保存装配率输入 Save the prefabrication inputs */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        inputs: {
                            q1a: {
                                value: number | null;
                                /** @enum {string} */
                                source: "model" | "manual";
                                /** @default null */
                                note?: string | null;
                                /** @default null */
                                numerator?: number | null;
                                /** @default null */
                                denominator?: number | null;
                            };
                            q1b: {
                                value: number | null;
                                /** @enum {string} */
                                source: "model" | "manual";
                                /** @default null */
                                note?: string | null;
                                /** @default null */
                                numerator?: number | null;
                                /** @default null */
                                denominator?: number | null;
                            };
                            q2a: {
                                value: number | null;
                                /** @enum {string} */
                                source: "model" | "manual";
                                /** @default null */
                                note?: string | null;
                                /** @default null */
                                numerator?: number | null;
                                /** @default null */
                                denominator?: number | null;
                            };
                            q2b: {
                                value: number | null;
                                /** @enum {string} */
                                source: "model" | "manual";
                                /** @default null */
                                note?: string | null;
                                /** @default null */
                                numerator?: number | null;
                                /** @default null */
                                denominator?: number | null;
                            };
                            q2c: {
                                value: number | null;
                                /** @enum {string} */
                                source: "model" | "manual";
                                /** @default null */
                                note?: string | null;
                                /** @default null */
                                numerator?: number | null;
                                /** @default null */
                                denominator?: number | null;
                            };
                            q2d: {
                                value: number | null;
                                /** @enum {string} */
                                source: "model" | "manual";
                                /** @default null */
                                note?: string | null;
                                /** @default null */
                                numerator?: number | null;
                                /** @default null */
                                denominator?: number | null;
                            };
                            q3a: {
                                value: number | null;
                                /** @enum {string} */
                                source: "model" | "manual";
                                /** @default null */
                                note?: string | null;
                                /** @default null */
                                numerator?: number | null;
                                /** @default null */
                                denominator?: number | null;
                            };
                            q3b: {
                                value: number | null;
                                /** @enum {string} */
                                source: "model" | "manual";
                                /** @default null */
                                note?: string | null;
                                /** @default null */
                                numerator?: number | null;
                                /** @default null */
                                denominator?: number | null;
                            };
                            q3c: {
                                value: number | null;
                                /** @enum {string} */
                                source: "model" | "manual";
                                /** @default null */
                                note?: string | null;
                                /** @default null */
                                numerator?: number | null;
                                /** @default null */
                                denominator?: number | null;
                            };
                            q3d: {
                                value: number | null;
                                /** @enum {string} */
                                source: "model" | "manual";
                                /** @default null */
                                note?: string | null;
                                /** @default null */
                                numerator?: number | null;
                                /** @default null */
                                denominator?: number | null;
                            };
                        };
                        fullDecoration: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            P: number;
                            Q1: number;
                            Q2: number;
                            Q3: number;
                            Q4: number;
                            recognised: boolean;
                            grade: ("A" | "AA" | "AAA") | null;
                            assessedPercent: number;
                            items: {
                                item: string;
                                /** @enum {string} */
                                group: "Q1" | "Q2" | "Q3";
                                ratio: number | null;
                                score: number;
                                max: number;
                                applicable: boolean;
                                note: string;
                            }[];
                            reasons: {
                                code: string;
                                clause: string;
                                message: string;
                            }[];
                            table: {
                                id: string;
                                version: string;
                                regionCode: string | null;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{projectId}/prefab/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出装配率计算表 Excel Export the sheet */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/prefab/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 装配式与标准化项目一览 Projects with standardisation and prefabrication figures */
        get: {
            parameters: {
                query?: {
                    regionCode?: string;
                    prefabricatedOnly?: "0" | "1";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                code: string;
                                name: string;
                                regionCode: string;
                                status: string;
                                isPrefabricated: boolean;
                                standardisationRate: number | null;
                                components: number;
                                P: number | null;
                                grade: string | null;
                                recognised: boolean | null;
                            }[];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/planning/indicator-options": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 可关联的平台指标 Indicators a target can link to */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                key: string;
                                module: string;
                                name: {
                                    "zh-CN": string;
                                    en: string;
                                };
                                unit: string;
                                direction: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/planning/measures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 措施库 Measure library (national + regional) */
        get: {
            parameters: {
                query?: {
                    regionCode?: string;
                    aspect?: "design" | "materials" | "production" | "construction" | "delivery";
                    q?: string;
                    includeInactive?: "0" | "1";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                regionCode: string | null;
                                /** @enum {string} */
                                aspect: "design" | "materials" | "production" | "construction" | "delivery";
                                code: string;
                                title: string;
                                description: string | null;
                                source: string | null;
                                defaultStage: string | null;
                                active: boolean;
                                updatedAt: string;
                            }[];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** 新增措施 Add a measure */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        regionCode?: string | null;
                        /** @enum {string} */
                        aspect: "design" | "materials" | "production" | "construction" | "delivery";
                        code?: string;
                        title: string;
                        description?: string | null;
                        source?: string | null;
                        defaultStage?: ("planning" | "design" | "production" | "construction" | "acceptance" | "delivery") | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            regionCode: string | null;
                            /** @enum {string} */
                            aspect: "design" | "materials" | "production" | "construction" | "delivery";
                            code: string;
                            title: string;
                            description: string | null;
                            source: string | null;
                            defaultStage: string | null;
                            active: boolean;
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/planning/measures/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改或停用措施 Edit or retire a measure */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        aspect?: "design" | "materials" | "production" | "construction" | "delivery";
                        title?: string;
                        description?: string | null;
                        source?: string | null;
                        defaultStage?: ("planning" | "design" | "production" | "construction" | "acceptance" | "delivery") | null;
                        active?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            regionCode: string | null;
                            /** @enum {string} */
                            aspect: "design" | "materials" | "production" | "construction" | "delivery";
                            code: string;
                            title: string;
                            description: string | null;
                            source: string | null;
                            defaultStage: string | null;
                            active: boolean;
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/planning/plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 绿色策划列表 Plans of the projects in scope */
        get: {
            parameters: {
                query?: {
                    status?: "none" | "draft" | "submitted" | "returned" | "approved";
                    regionCode?: string;
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                projectId: string;
                                code: string;
                                name: string;
                                regionCode: string;
                                projectStatus: string;
                                planId: string | null;
                                /** @enum {string} */
                                status: "none" | "draft" | "submitted" | "returned" | "approved";
                                approvedVersion: number | null;
                                approvedAt: string | null;
                                workingVersion: number | null;
                                workingStatus: string | null;
                                targets: number;
                                measures: number;
                                updatedAt: string | null;
                            }[];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/planning/projects/{projectId}/plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 项目绿色策划（含计划与实际） A project’s plan, against actual */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            project: {
                                id: string;
                                code: string;
                                name: string;
                                regionCode: string;
                                status: string;
                            };
                            planId: string | null;
                            current: {
                                id: string;
                                version: number;
                                /** @enum {string} */
                                status: "draft" | "submitted" | "returned" | "approved" | "superseded";
                                createdAt: string;
                                createdByName: string | null;
                                updatedAt: string;
                                submittedAt: string | null;
                                reviewedAt: string | null;
                                reviewedByName: string | null;
                                reviewComment: string | null;
                                approvedAt: string | null;
                                aspects: {
                                    /** @enum {string} */
                                    aspect: "design" | "materials" | "production" | "construction" | "delivery";
                                    summary: string | null;
                                    targets: {
                                        id: string;
                                        indicatorKey: string | null;
                                        indicatorName: string | null;
                                        name: string;
                                        targetValue: number;
                                        unit: string;
                                        /** @enum {string} */
                                        direction: "higherIsBetter" | "lowerIsBetter";
                                        dueStage: string | null;
                                        dueDate: string | null;
                                        note: string | null;
                                        actual: number | null;
                                        met: boolean | null;
                                    }[];
                                    measures: {
                                        measureId: string;
                                        measureCode: string;
                                        measureTitle: string;
                                        responsibleOrganisationId: string | null;
                                        responsibleOrganisationName: string | null;
                                        dueStage: string | null;
                                        note: string | null;
                                    }[];
                                }[];
                            } | null;
                            draft: {
                                id: string;
                                version: number;
                                /** @enum {string} */
                                status: "draft" | "submitted" | "returned" | "approved" | "superseded";
                                createdAt: string;
                                createdByName: string | null;
                                updatedAt: string;
                                submittedAt: string | null;
                                reviewedAt: string | null;
                                reviewedByName: string | null;
                                reviewComment: string | null;
                                approvedAt: string | null;
                                aspects: {
                                    /** @enum {string} */
                                    aspect: "design" | "materials" | "production" | "construction" | "delivery";
                                    summary: string | null;
                                    targets: {
                                        id: string;
                                        indicatorKey: string | null;
                                        indicatorName: string | null;
                                        name: string;
                                        targetValue: number;
                                        unit: string;
                                        /** @enum {string} */
                                        direction: "higherIsBetter" | "lowerIsBetter";
                                        dueStage: string | null;
                                        dueDate: string | null;
                                        note: string | null;
                                        actual: number | null;
                                        met: boolean | null;
                                    }[];
                                    measures: {
                                        measureId: string;
                                        measureCode: string;
                                        measureTitle: string;
                                        responsibleOrganisationId: string | null;
                                        responsibleOrganisationName: string | null;
                                        dueStage: string | null;
                                        note: string | null;
                                    }[];
                                }[];
                            } | null;
                            history: {
                                id: string;
                                version: number;
                                /** @enum {string} */
                                status: "draft" | "submitted" | "returned" | "approved" | "superseded";
                                createdAt: string;
                                createdByName: string | null;
                                updatedAt: string;
                                submittedAt: string | null;
                                reviewedAt: string | null;
                                reviewedByName: string | null;
                                reviewComment: string | null;
                                approvedAt: string | null;
                                aspects: {
                                    /** @enum {string} */
                                    aspect: "design" | "materials" | "production" | "construction" | "delivery";
                                    summary: string | null;
                                    targets: {
                                        id: string;
                                        indicatorKey: string | null;
                                        indicatorName: string | null;
                                        name: string;
                                        targetValue: number;
                                        unit: string;
                                        /** @enum {string} */
                                        direction: "higherIsBetter" | "lowerIsBetter";
                                        dueStage: string | null;
                                        dueDate: string | null;
                                        note: string | null;
                                        actual: number | null;
                                        met: boolean | null;
                                    }[];
                                    measures: {
                                        measureId: string;
                                        measureCode: string;
                                        measureTitle: string;
                                        responsibleOrganisationId: string | null;
                                        responsibleOrganisationName: string | null;
                                        dueStage: string | null;
                                        note: string | null;
                                    }[];
                                }[];
                            }[];
                            participants: {
                                organisationId: string;
                                organisationName: string;
                                role: string;
                            }[];
                            permissions: {
                                edit: boolean;
                                submit: boolean;
                                withdraw: boolean;
                                review: boolean;
                            };
                        };
                    };
                };
            };
        };
        /** 编制或修改绿色策划 Draft or change the plan */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        aspects: {
                            /**
                             * @default {
                             *       "targets": [],
                             *       "measures": []
                             *     }
                             */
                            design?: {
                                summary?: string | null;
                                /** @default [] */
                                targets?: {
                                    indicatorKey?: string | null;
                                    name: string;
                                    targetValue: number;
                                    unit: string;
                                    /** @enum {string} */
                                    direction?: "higherIsBetter" | "lowerIsBetter";
                                    dueStage?: ("planning" | "design" | "production" | "construction" | "acceptance" | "delivery") | null;
                                    dueDate?: string | null;
                                    note?: string | null;
                                }[];
                                /** @default [] */
                                measures?: {
                                    /** Format: uuid */
                                    measureId: string;
                                    responsibleOrganisationId?: string | null;
                                    dueStage?: ("planning" | "design" | "production" | "construction" | "acceptance" | "delivery") | null;
                                    note?: string | null;
                                }[];
                            };
                            /**
                             * @default {
                             *       "targets": [],
                             *       "measures": []
                             *     }
                             */
                            materials?: {
                                summary?: string | null;
                                /** @default [] */
                                targets?: {
                                    indicatorKey?: string | null;
                                    name: string;
                                    targetValue: number;
                                    unit: string;
                                    /** @enum {string} */
                                    direction?: "higherIsBetter" | "lowerIsBetter";
                                    dueStage?: ("planning" | "design" | "production" | "construction" | "acceptance" | "delivery") | null;
                                    dueDate?: string | null;
                                    note?: string | null;
                                }[];
                                /** @default [] */
                                measures?: {
                                    /** Format: uuid */
                                    measureId: string;
                                    responsibleOrganisationId?: string | null;
                                    dueStage?: ("planning" | "design" | "production" | "construction" | "acceptance" | "delivery") | null;
                                    note?: string | null;
                                }[];
                            };
                            /**
                             * @default {
                             *       "targets": [],
                             *       "measures": []
                             *     }
                             */
                            production?: {
                                summary?: string | null;
                                /** @default [] */
                                targets?: {
                                    indicatorKey?: string | null;
                                    name: string;
                                    targetValue: number;
                                    unit: string;
                                    /** @enum {string} */
                                    direction?: "higherIsBetter" | "lowerIsBetter";
                                    dueStage?: ("planning" | "design" | "production" | "construction" | "acceptance" | "delivery") | null;
                                    dueDate?: string | null;
                                    note?: string | null;
                                }[];
                                /** @default [] */
                                measures?: {
                                    /** Format: uuid */
                                    measureId: string;
                                    responsibleOrganisationId?: string | null;
                                    dueStage?: ("planning" | "design" | "production" | "construction" | "acceptance" | "delivery") | null;
                                    note?: string | null;
                                }[];
                            };
                            /**
                             * @default {
                             *       "targets": [],
                             *       "measures": []
                             *     }
                             */
                            construction?: {
                                summary?: string | null;
                                /** @default [] */
                                targets?: {
                                    indicatorKey?: string | null;
                                    name: string;
                                    targetValue: number;
                                    unit: string;
                                    /** @enum {string} */
                                    direction?: "higherIsBetter" | "lowerIsBetter";
                                    dueStage?: ("planning" | "design" | "production" | "construction" | "acceptance" | "delivery") | null;
                                    dueDate?: string | null;
                                    note?: string | null;
                                }[];
                                /** @default [] */
                                measures?: {
                                    /** Format: uuid */
                                    measureId: string;
                                    responsibleOrganisationId?: string | null;
                                    dueStage?: ("planning" | "design" | "production" | "construction" | "acceptance" | "delivery") | null;
                                    note?: string | null;
                                }[];
                            };
                            /**
                             * @default {
                             *       "targets": [],
                             *       "measures": []
                             *     }
                             */
                            delivery?: {
                                summary?: string | null;
                                /** @default [] */
                                targets?: {
                                    indicatorKey?: string | null;
                                    name: string;
                                    targetValue: number;
                                    unit: string;
                                    /** @enum {string} */
                                    direction?: "higherIsBetter" | "lowerIsBetter";
                                    dueStage?: ("planning" | "design" | "production" | "construction" | "acceptance" | "delivery") | null;
                                    dueDate?: string | null;
                                    note?: string | null;
                                }[];
                                /** @default [] */
                                measures?: {
                                    /** Format: uuid */
                                    measureId: string;
                                    responsibleOrganisationId?: string | null;
                                    dueStage?: ("planning" | "design" | "production" | "construction" | "acceptance" | "delivery") | null;
                                    note?: string | null;
                                }[];
                            };
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            project: {
                                id: string;
                                code: string;
                                name: string;
                                regionCode: string;
                                status: string;
                            };
                            planId: string | null;
                            current: {
                                id: string;
                                version: number;
                                /** @enum {string} */
                                status: "draft" | "submitted" | "returned" | "approved" | "superseded";
                                createdAt: string;
                                createdByName: string | null;
                                updatedAt: string;
                                submittedAt: string | null;
                                reviewedAt: string | null;
                                reviewedByName: string | null;
                                reviewComment: string | null;
                                approvedAt: string | null;
                                aspects: {
                                    /** @enum {string} */
                                    aspect: "design" | "materials" | "production" | "construction" | "delivery";
                                    summary: string | null;
                                    targets: {
                                        id: string;
                                        indicatorKey: string | null;
                                        indicatorName: string | null;
                                        name: string;
                                        targetValue: number;
                                        unit: string;
                                        /** @enum {string} */
                                        direction: "higherIsBetter" | "lowerIsBetter";
                                        dueStage: string | null;
                                        dueDate: string | null;
                                        note: string | null;
                                        actual: number | null;
                                        met: boolean | null;
                                    }[];
                                    measures: {
                                        measureId: string;
                                        measureCode: string;
                                        measureTitle: string;
                                        responsibleOrganisationId: string | null;
                                        responsibleOrganisationName: string | null;
                                        dueStage: string | null;
                                        note: string | null;
                                    }[];
                                }[];
                            } | null;
                            draft: {
                                id: string;
                                version: number;
                                /** @enum {string} */
                                status: "draft" | "submitted" | "returned" | "approved" | "superseded";
                                createdAt: string;
                                createdByName: string | null;
                                updatedAt: string;
                                submittedAt: string | null;
                                reviewedAt: string | null;
                                reviewedByName: string | null;
                                reviewComment: string | null;
                                approvedAt: string | null;
                                aspects: {
                                    /** @enum {string} */
                                    aspect: "design" | "materials" | "production" | "construction" | "delivery";
                                    summary: string | null;
                                    targets: {
                                        id: string;
                                        indicatorKey: string | null;
                                        indicatorName: string | null;
                                        name: string;
                                        targetValue: number;
                                        unit: string;
                                        /** @enum {string} */
                                        direction: "higherIsBetter" | "lowerIsBetter";
                                        dueStage: string | null;
                                        dueDate: string | null;
                                        note: string | null;
                                        actual: number | null;
                                        met: boolean | null;
                                    }[];
                                    measures: {
                                        measureId: string;
                                        measureCode: string;
                                        measureTitle: string;
                                        responsibleOrganisationId: string | null;
                                        responsibleOrganisationName: string | null;
                                        dueStage: string | null;
                                        note: string | null;
                                    }[];
                                }[];
                            } | null;
                            history: {
                                id: string;
                                version: number;
                                /** @enum {string} */
                                status: "draft" | "submitted" | "returned" | "approved" | "superseded";
                                createdAt: string;
                                createdByName: string | null;
                                updatedAt: string;
                                submittedAt: string | null;
                                reviewedAt: string | null;
                                reviewedByName: string | null;
                                reviewComment: string | null;
                                approvedAt: string | null;
                                aspects: {
                                    /** @enum {string} */
                                    aspect: "design" | "materials" | "production" | "construction" | "delivery";
                                    summary: string | null;
                                    targets: {
                                        id: string;
                                        indicatorKey: string | null;
                                        indicatorName: string | null;
                                        name: string;
                                        targetValue: number;
                                        unit: string;
                                        /** @enum {string} */
                                        direction: "higherIsBetter" | "lowerIsBetter";
                                        dueStage: string | null;
                                        dueDate: string | null;
                                        note: string | null;
                                        actual: number | null;
                                        met: boolean | null;
                                    }[];
                                    measures: {
                                        measureId: string;
                                        measureCode: string;
                                        measureTitle: string;
                                        responsibleOrganisationId: string | null;
                                        responsibleOrganisationName: string | null;
                                        dueStage: string | null;
                                        note: string | null;
                                    }[];
                                }[];
                            }[];
                            participants: {
                                organisationId: string;
                                organisationName: string;
                                role: string;
                            }[];
                            permissions: {
                                edit: boolean;
                                submit: boolean;
                                withdraw: boolean;
                                review: boolean;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/planning/projects/{projectId}/plan/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 提交审核 Submit for review */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        comment?: string | null;
                    } | null;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            project: {
                                id: string;
                                code: string;
                                name: string;
                                regionCode: string;
                                status: string;
                            };
                            planId: string | null;
                            current: {
                                id: string;
                                version: number;
                                /** @enum {string} */
                                status: "draft" | "submitted" | "returned" | "approved" | "superseded";
                                createdAt: string;
                                createdByName: string | null;
                                updatedAt: string;
                                submittedAt: string | null;
                                reviewedAt: string | null;
                                reviewedByName: string | null;
                                reviewComment: string | null;
                                approvedAt: string | null;
                                aspects: {
                                    /** @enum {string} */
                                    aspect: "design" | "materials" | "production" | "construction" | "delivery";
                                    summary: string | null;
                                    targets: {
                                        id: string;
                                        indicatorKey: string | null;
                                        indicatorName: string | null;
                                        name: string;
                                        targetValue: number;
                                        unit: string;
                                        /** @enum {string} */
                                        direction: "higherIsBetter" | "lowerIsBetter";
                                        dueStage: string | null;
                                        dueDate: string | null;
                                        note: string | null;
                                        actual: number | null;
                                        met: boolean | null;
                                    }[];
                                    measures: {
                                        measureId: string;
                                        measureCode: string;
                                        measureTitle: string;
                                        responsibleOrganisationId: string | null;
                                        responsibleOrganisationName: string | null;
                                        dueStage: string | null;
                                        note: string | null;
                                    }[];
                                }[];
                            } | null;
                            draft: {
                                id: string;
                                version: number;
                                /** @enum {string} */
                                status: "draft" | "submitted" | "returned" | "approved" | "superseded";
                                createdAt: string;
                                createdByName: string | null;
                                updatedAt: string;
                                submittedAt: string | null;
                                reviewedAt: string | null;
                                reviewedByName: string | null;
                                reviewComment: string | null;
                                approvedAt: string | null;
                                aspects: {
                                    /** @enum {string} */
                                    aspect: "design" | "materials" | "production" | "construction" | "delivery";
                                    summary: string | null;
                                    targets: {
                                        id: string;
                                        indicatorKey: string | null;
                                        indicatorName: string | null;
                                        name: string;
                                        targetValue: number;
                                        unit: string;
                                        /** @enum {string} */
                                        direction: "higherIsBetter" | "lowerIsBetter";
                                        dueStage: string | null;
                                        dueDate: string | null;
                                        note: string | null;
                                        actual: number | null;
                                        met: boolean | null;
                                    }[];
                                    measures: {
                                        measureId: string;
                                        measureCode: string;
                                        measureTitle: string;
                                        responsibleOrganisationId: string | null;
                                        responsibleOrganisationName: string | null;
                                        dueStage: string | null;
                                        note: string | null;
                                    }[];
                                }[];
                            } | null;
                            history: {
                                id: string;
                                version: number;
                                /** @enum {string} */
                                status: "draft" | "submitted" | "returned" | "approved" | "superseded";
                                createdAt: string;
                                createdByName: string | null;
                                updatedAt: string;
                                submittedAt: string | null;
                                reviewedAt: string | null;
                                reviewedByName: string | null;
                                reviewComment: string | null;
                                approvedAt: string | null;
                                aspects: {
                                    /** @enum {string} */
                                    aspect: "design" | "materials" | "production" | "construction" | "delivery";
                                    summary: string | null;
                                    targets: {
                                        id: string;
                                        indicatorKey: string | null;
                                        indicatorName: string | null;
                                        name: string;
                                        targetValue: number;
                                        unit: string;
                                        /** @enum {string} */
                                        direction: "higherIsBetter" | "lowerIsBetter";
                                        dueStage: string | null;
                                        dueDate: string | null;
                                        note: string | null;
                                        actual: number | null;
                                        met: boolean | null;
                                    }[];
                                    measures: {
                                        measureId: string;
                                        measureCode: string;
                                        measureTitle: string;
                                        responsibleOrganisationId: string | null;
                                        responsibleOrganisationName: string | null;
                                        dueStage: string | null;
                                        note: string | null;
                                    }[];
                                }[];
                            }[];
                            participants: {
                                organisationId: string;
                                organisationName: string;
                                role: string;
                            }[];
                            permissions: {
                                edit: boolean;
                                submit: boolean;
                                withdraw: boolean;
                                review: boolean;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/planning/projects/{projectId}/plan/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 撤回 Withdraw */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        comment?: string | null;
                    } | null;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            project: {
                                id: string;
                                code: string;
                                name: string;
                                regionCode: string;
                                status: string;
                            };
                            planId: string | null;
                            current: {
                                id: string;
                                version: number;
                                /** @enum {string} */
                                status: "draft" | "submitted" | "returned" | "approved" | "superseded";
                                createdAt: string;
                                createdByName: string | null;
                                updatedAt: string;
                                submittedAt: string | null;
                                reviewedAt: string | null;
                                reviewedByName: string | null;
                                reviewComment: string | null;
                                approvedAt: string | null;
                                aspects: {
                                    /** @enum {string} */
                                    aspect: "design" | "materials" | "production" | "construction" | "delivery";
                                    summary: string | null;
                                    targets: {
                                        id: string;
                                        indicatorKey: string | null;
                                        indicatorName: string | null;
                                        name: string;
                                        targetValue: number;
                                        unit: string;
                                        /** @enum {string} */
                                        direction: "higherIsBetter" | "lowerIsBetter";
                                        dueStage: string | null;
                                        dueDate: string | null;
                                        note: string | null;
                                        actual: number | null;
                                        met: boolean | null;
                                    }[];
                                    measures: {
                                        measureId: string;
                                        measureCode: string;
                                        measureTitle: string;
                                        responsibleOrganisationId: string | null;
                                        responsibleOrganisationName: string | null;
                                        dueStage: string | null;
                                        note: string | null;
                                    }[];
                                }[];
                            } | null;
                            draft: {
                                id: string;
                                version: number;
                                /** @enum {string} */
                                status: "draft" | "submitted" | "returned" | "approved" | "superseded";
                                createdAt: string;
                                createdByName: string | null;
                                updatedAt: string;
                                submittedAt: string | null;
                                reviewedAt: string | null;
                                reviewedByName: string | null;
                                reviewComment: string | null;
                                approvedAt: string | null;
                                aspects: {
                                    /** @enum {string} */
                                    aspect: "design" | "materials" | "production" | "construction" | "delivery";
                                    summary: string | null;
                                    targets: {
                                        id: string;
                                        indicatorKey: string | null;
                                        indicatorName: string | null;
                                        name: string;
                                        targetValue: number;
                                        unit: string;
                                        /** @enum {string} */
                                        direction: "higherIsBetter" | "lowerIsBetter";
                                        dueStage: string | null;
                                        dueDate: string | null;
                                        note: string | null;
                                        actual: number | null;
                                        met: boolean | null;
                                    }[];
                                    measures: {
                                        measureId: string;
                                        measureCode: string;
                                        measureTitle: string;
                                        responsibleOrganisationId: string | null;
                                        responsibleOrganisationName: string | null;
                                        dueStage: string | null;
                                        note: string | null;
                                    }[];
                                }[];
                            } | null;
                            history: {
                                id: string;
                                version: number;
                                /** @enum {string} */
                                status: "draft" | "submitted" | "returned" | "approved" | "superseded";
                                createdAt: string;
                                createdByName: string | null;
                                updatedAt: string;
                                submittedAt: string | null;
                                reviewedAt: string | null;
                                reviewedByName: string | null;
                                reviewComment: string | null;
                                approvedAt: string | null;
                                aspects: {
                                    /** @enum {string} */
                                    aspect: "design" | "materials" | "production" | "construction" | "delivery";
                                    summary: string | null;
                                    targets: {
                                        id: string;
                                        indicatorKey: string | null;
                                        indicatorName: string | null;
                                        name: string;
                                        targetValue: number;
                                        unit: string;
                                        /** @enum {string} */
                                        direction: "higherIsBetter" | "lowerIsBetter";
                                        dueStage: string | null;
                                        dueDate: string | null;
                                        note: string | null;
                                        actual: number | null;
                                        met: boolean | null;
                                    }[];
                                    measures: {
                                        measureId: string;
                                        measureCode: string;
                                        measureTitle: string;
                                        responsibleOrganisationId: string | null;
                                        responsibleOrganisationName: string | null;
                                        dueStage: string | null;
                                        note: string | null;
                                    }[];
                                }[];
                            }[];
                            participants: {
                                organisationId: string;
                                organisationName: string;
                                role: string;
                            }[];
                            permissions: {
                                edit: boolean;
                                submit: boolean;
                                withdraw: boolean;
                                review: boolean;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/planning/projects/{projectId}/plan/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 审核通过 Approve */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        comment?: string | null;
                    } | null;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            project: {
                                id: string;
                                code: string;
                                name: string;
                                regionCode: string;
                                status: string;
                            };
                            planId: string | null;
                            current: {
                                id: string;
                                version: number;
                                /** @enum {string} */
                                status: "draft" | "submitted" | "returned" | "approved" | "superseded";
                                createdAt: string;
                                createdByName: string | null;
                                updatedAt: string;
                                submittedAt: string | null;
                                reviewedAt: string | null;
                                reviewedByName: string | null;
                                reviewComment: string | null;
                                approvedAt: string | null;
                                aspects: {
                                    /** @enum {string} */
                                    aspect: "design" | "materials" | "production" | "construction" | "delivery";
                                    summary: string | null;
                                    targets: {
                                        id: string;
                                        indicatorKey: string | null;
                                        indicatorName: string | null;
                                        name: string;
                                        targetValue: number;
                                        unit: string;
                                        /** @enum {string} */
                                        direction: "higherIsBetter" | "lowerIsBetter";
                                        dueStage: string | null;
                                        dueDate: string | null;
                                        note: string | null;
                                        actual: number | null;
                                        met: boolean | null;
                                    }[];
                                    measures: {
                                        measureId: string;
                                        measureCode: string;
                                        measureTitle: string;
                                        responsibleOrganisationId: string | null;
                                        responsibleOrganisationName: string | null;
                                        dueStage: string | null;
                                        note: string | null;
                                    }[];
                                }[];
                            } | null;
                            draft: {
                                id: string;
                                version: number;
                                /** @enum {string} */
                                status: "draft" | "submitted" | "returned" | "approved" | "superseded";
                                createdAt: string;
                                createdByName: string | null;
                                updatedAt: string;
                                submittedAt: string | null;
                                reviewedAt: string | null;
                                reviewedByName: string | null;
                                reviewComment: string | null;
                                approvedAt: string | null;
                                aspects: {
                                    /** @enum {string} */
                                    aspect: "design" | "materials" | "production" | "construction" | "delivery";
                                    summary: string | null;
                                    targets: {
                                        id: string;
                                        indicatorKey: string | null;
                                        indicatorName: string | null;
                                        name: string;
                                        targetValue: number;
                                        unit: string;
                                        /** @enum {string} */
                                        direction: "higherIsBetter" | "lowerIsBetter";
                                        dueStage: string | null;
                                        dueDate: string | null;
                                        note: string | null;
                                        actual: number | null;
                                        met: boolean | null;
                                    }[];
                                    measures: {
                                        measureId: string;
                                        measureCode: string;
                                        measureTitle: string;
                                        responsibleOrganisationId: string | null;
                                        responsibleOrganisationName: string | null;
                                        dueStage: string | null;
                                        note: string | null;
                                    }[];
                                }[];
                            } | null;
                            history: {
                                id: string;
                                version: number;
                                /** @enum {string} */
                                status: "draft" | "submitted" | "returned" | "approved" | "superseded";
                                createdAt: string;
                                createdByName: string | null;
                                updatedAt: string;
                                submittedAt: string | null;
                                reviewedAt: string | null;
                                reviewedByName: string | null;
                                reviewComment: string | null;
                                approvedAt: string | null;
                                aspects: {
                                    /** @enum {string} */
                                    aspect: "design" | "materials" | "production" | "construction" | "delivery";
                                    summary: string | null;
                                    targets: {
                                        id: string;
                                        indicatorKey: string | null;
                                        indicatorName: string | null;
                                        name: string;
                                        targetValue: number;
                                        unit: string;
                                        /** @enum {string} */
                                        direction: "higherIsBetter" | "lowerIsBetter";
                                        dueStage: string | null;
                                        dueDate: string | null;
                                        note: string | null;
                                        actual: number | null;
                                        met: boolean | null;
                                    }[];
                                    measures: {
                                        measureId: string;
                                        measureCode: string;
                                        measureTitle: string;
                                        responsibleOrganisationId: string | null;
                                        responsibleOrganisationName: string | null;
                                        dueStage: string | null;
                                        note: string | null;
                                    }[];
                                }[];
                            }[];
                            participants: {
                                organisationId: string;
                                organisationName: string;
                                role: string;
                            }[];
                            permissions: {
                                edit: boolean;
                                submit: boolean;
                                withdraw: boolean;
                                review: boolean;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/planning/projects/{projectId}/plan/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 退回修改 Return */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        comment?: string | null;
                    } | null;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            project: {
                                id: string;
                                code: string;
                                name: string;
                                regionCode: string;
                                status: string;
                            };
                            planId: string | null;
                            current: {
                                id: string;
                                version: number;
                                /** @enum {string} */
                                status: "draft" | "submitted" | "returned" | "approved" | "superseded";
                                createdAt: string;
                                createdByName: string | null;
                                updatedAt: string;
                                submittedAt: string | null;
                                reviewedAt: string | null;
                                reviewedByName: string | null;
                                reviewComment: string | null;
                                approvedAt: string | null;
                                aspects: {
                                    /** @enum {string} */
                                    aspect: "design" | "materials" | "production" | "construction" | "delivery";
                                    summary: string | null;
                                    targets: {
                                        id: string;
                                        indicatorKey: string | null;
                                        indicatorName: string | null;
                                        name: string;
                                        targetValue: number;
                                        unit: string;
                                        /** @enum {string} */
                                        direction: "higherIsBetter" | "lowerIsBetter";
                                        dueStage: string | null;
                                        dueDate: string | null;
                                        note: string | null;
                                        actual: number | null;
                                        met: boolean | null;
                                    }[];
                                    measures: {
                                        measureId: string;
                                        measureCode: string;
                                        measureTitle: string;
                                        responsibleOrganisationId: string | null;
                                        responsibleOrganisationName: string | null;
                                        dueStage: string | null;
                                        note: string | null;
                                    }[];
                                }[];
                            } | null;
                            draft: {
                                id: string;
                                version: number;
                                /** @enum {string} */
                                status: "draft" | "submitted" | "returned" | "approved" | "superseded";
                                createdAt: string;
                                createdByName: string | null;
                                updatedAt: string;
                                submittedAt: string | null;
                                reviewedAt: string | null;
                                reviewedByName: string | null;
                                reviewComment: string | null;
                                approvedAt: string | null;
                                aspects: {
                                    /** @enum {string} */
                                    aspect: "design" | "materials" | "production" | "construction" | "delivery";
                                    summary: string | null;
                                    targets: {
                                        id: string;
                                        indicatorKey: string | null;
                                        indicatorName: string | null;
                                        name: string;
                                        targetValue: number;
                                        unit: string;
                                        /** @enum {string} */
                                        direction: "higherIsBetter" | "lowerIsBetter";
                                        dueStage: string | null;
                                        dueDate: string | null;
                                        note: string | null;
                                        actual: number | null;
                                        met: boolean | null;
                                    }[];
                                    measures: {
                                        measureId: string;
                                        measureCode: string;
                                        measureTitle: string;
                                        responsibleOrganisationId: string | null;
                                        responsibleOrganisationName: string | null;
                                        dueStage: string | null;
                                        note: string | null;
                                    }[];
                                }[];
                            } | null;
                            history: {
                                id: string;
                                version: number;
                                /** @enum {string} */
                                status: "draft" | "submitted" | "returned" | "approved" | "superseded";
                                createdAt: string;
                                createdByName: string | null;
                                updatedAt: string;
                                submittedAt: string | null;
                                reviewedAt: string | null;
                                reviewedByName: string | null;
                                reviewComment: string | null;
                                approvedAt: string | null;
                                aspects: {
                                    /** @enum {string} */
                                    aspect: "design" | "materials" | "production" | "construction" | "delivery";
                                    summary: string | null;
                                    targets: {
                                        id: string;
                                        indicatorKey: string | null;
                                        indicatorName: string | null;
                                        name: string;
                                        targetValue: number;
                                        unit: string;
                                        /** @enum {string} */
                                        direction: "higherIsBetter" | "lowerIsBetter";
                                        dueStage: string | null;
                                        dueDate: string | null;
                                        note: string | null;
                                        actual: number | null;
                                        met: boolean | null;
                                    }[];
                                    measures: {
                                        measureId: string;
                                        measureCode: string;
                                        measureTitle: string;
                                        responsibleOrganisationId: string | null;
                                        responsibleOrganisationName: string | null;
                                        dueStage: string | null;
                                        note: string | null;
                                    }[];
                                }[];
                            }[];
                            participants: {
                                organisationId: string;
                                organisationName: string;
                                role: string;
                            }[];
                            permissions: {
                                edit: boolean;
                                submit: boolean;
                                withdraw: boolean;
                                review: boolean;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/practices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 经验做法库（管理） Practices, drafts included */
        get: {
            parameters: {
                query?: {
                    regionCode?: string;
                    tag?: string;
                    aspect?: "design" | "materials" | "production" | "construction" | "delivery";
                    q?: string;
                    status?: "draft" | "published";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                regionCode: string;
                                regionName: string;
                                title: string;
                                summary: string;
                                body: string;
                                tags: string[];
                                aspect: ("design" | "materials" | "production" | "construction" | "delivery") | null;
                                sourceProjectIds: string[];
                                projects: {
                                    id: string;
                                    code: string;
                                    name: string;
                                }[];
                                /** @enum {string} */
                                status: "draft" | "published";
                                publishedAt: string | null;
                                createdAt: string;
                                updatedAt: string;
                                isDemo: boolean;
                                attachments: {
                                    id: string;
                                    fileName: string;
                                    mediaType: string;
                                    sizeBytes: number;
                                    sha256: string;
                                }[];
                            }[];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** 新增经验做法 Record a practice */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        regionCode?: string | null;
                        title: string;
                        summary: string;
                        body?: string | null;
                        tags?: string[];
                        aspect?: ("design" | "materials" | "production" | "construction" | "delivery") | null;
                        sourceProjectIds?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            regionCode: string;
                            regionName: string;
                            title: string;
                            summary: string;
                            body: string;
                            tags: string[];
                            aspect: ("design" | "materials" | "production" | "construction" | "delivery") | null;
                            sourceProjectIds: string[];
                            projects: {
                                id: string;
                                code: string;
                                name: string;
                            }[];
                            /** @enum {string} */
                            status: "draft" | "published";
                            publishedAt: string | null;
                            createdAt: string;
                            updatedAt: string;
                            isDemo: boolean;
                            attachments: {
                                id: string;
                                fileName: string;
                                mediaType: string;
                                sizeBytes: number;
                                sha256: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/practices/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 标签 Tags in use */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: string[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/practices/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 经验做法 One practice */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            regionCode: string;
                            regionName: string;
                            title: string;
                            summary: string;
                            body: string;
                            tags: string[];
                            aspect: ("design" | "materials" | "production" | "construction" | "delivery") | null;
                            sourceProjectIds: string[];
                            projects: {
                                id: string;
                                code: string;
                                name: string;
                            }[];
                            /** @enum {string} */
                            status: "draft" | "published";
                            publishedAt: string | null;
                            createdAt: string;
                            updatedAt: string;
                            isDemo: boolean;
                            attachments: {
                                id: string;
                                fileName: string;
                                mediaType: string;
                                sizeBytes: number;
                                sha256: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** 删除草稿 Delete a draft */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        /** 修改经验做法 Edit a practice */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        title?: string;
                        summary?: string;
                        body?: string | null;
                        tags?: string[];
                        aspect?: ("design" | "materials" | "production" | "construction" | "delivery") | null;
                        sourceProjectIds?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            regionCode: string;
                            regionName: string;
                            title: string;
                            summary: string;
                            body: string;
                            tags: string[];
                            aspect: ("design" | "materials" | "production" | "construction" | "delivery") | null;
                            sourceProjectIds: string[];
                            projects: {
                                id: string;
                                code: string;
                                name: string;
                            }[];
                            /** @enum {string} */
                            status: "draft" | "published";
                            publishedAt: string | null;
                            createdAt: string;
                            updatedAt: string;
                            isDemo: boolean;
                            attachments: {
                                id: string;
                                fileName: string;
                                mediaType: string;
                                sizeBytes: number;
                                sha256: string;
                            }[];
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/practices/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 发布 Publish */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            regionCode: string;
                            regionName: string;
                            title: string;
                            summary: string;
                            body: string;
                            tags: string[];
                            aspect: ("design" | "materials" | "production" | "construction" | "delivery") | null;
                            sourceProjectIds: string[];
                            projects: {
                                id: string;
                                code: string;
                                name: string;
                            }[];
                            /** @enum {string} */
                            status: "draft" | "published";
                            publishedAt: string | null;
                            createdAt: string;
                            updatedAt: string;
                            isDemo: boolean;
                            attachments: {
                                id: string;
                                fileName: string;
                                mediaType: string;
                                sizeBytes: number;
                                sha256: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/practices/{id}/unpublish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 撤回发布 Unpublish */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            regionCode: string;
                            regionName: string;
                            title: string;
                            summary: string;
                            body: string;
                            tags: string[];
                            aspect: ("design" | "materials" | "production" | "construction" | "delivery") | null;
                            sourceProjectIds: string[];
                            projects: {
                                id: string;
                                code: string;
                                name: string;
                            }[];
                            /** @enum {string} */
                            status: "draft" | "published";
                            publishedAt: string | null;
                            createdAt: string;
                            updatedAt: string;
                            isDemo: boolean;
                            attachments: {
                                id: string;
                                fileName: string;
                                mediaType: string;
                                sizeBytes: number;
                                sha256: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/practices/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 上传佐证材料（PDF/PNG/JPEG/WebP） Upload evidence */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            fileName: string;
                            mediaType: string;
                            sizeBytes: number;
                            sha256: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/practices/{id}/attachments/{attachmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载佐证材料 Download evidence */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    attachmentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        /** 删除佐证材料 Delete evidence */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    attachmentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/practices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 可复制推广经验（公开） Published practices */
        get: {
            parameters: {
                query?: {
                    regionCode?: string;
                    tag?: string;
                    aspect?: "design" | "materials" | "production" | "construction" | "delivery";
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                regionCode: string;
                                regionName: string;
                                title: string;
                                summary: string;
                                body: string;
                                tags: string[];
                                aspect: ("design" | "materials" | "production" | "construction" | "delivery") | null;
                                publishedAt: string;
                                projects: {
                                    code: string;
                                    name: string;
                                }[];
                                attachments: {
                                    id: string;
                                    fileName: string;
                                    mediaType: string;
                                    sizeBytes: number;
                                    sha256: string;
                                }[];
                            }[];
                            total: number;
                            tags: string[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/practices/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 经验做法（公开） One published practice */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            regionCode: string;
                            regionName: string;
                            title: string;
                            summary: string;
                            body: string;
                            tags: string[];
                            aspect: ("design" | "materials" | "production" | "construction" | "delivery") | null;
                            publishedAt: string;
                            projects: {
                                code: string;
                                name: string;
                            }[];
                            attachments: {
                                id: string;
                                fileName: string;
                                mediaType: string;
                                sizeBytes: number;
                                sha256: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/practices/{id}/attachments/{attachmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载佐证材料（公开） Download published evidence */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    attachmentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/evaluation/schemes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 评价方案 Evaluation schemes (all versions) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/evaluation/schemes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 评价方案详情 A scheme version with its document */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        /** 修改方案（已使用的方案生成新版本） Edit a scheme; a frozen one makes version+1 */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        document: {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/evaluation/schemes/{id}/clone": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 复制方案到地区 Clone a scheme into a region */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        regionCode?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/evaluation/projects/{projectId}/scheme": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 项目评价方案 The scheme a project is evaluated under */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        /** 指定项目评价方案 Choose a project's scheme */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        schemeCode: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/evaluation/projects/{projectId}/evaluations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 项目评价列表 Evaluations of a project, with the project result */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** 开启评价（月度自评 / 阶段专家评价 / 最终评价） Open an evaluation */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "monthly_self" | "stage_expert" | "final";
                        period?: string;
                        stageId?: string;
                        evaluatedOn?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/evaluation/projects/{projectId}/result": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 项目评价结果 Batch → stage → project result */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/evaluation/evaluations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 评价详情（每项输入可查） An evaluation with every input */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/evaluation/evaluations/{id}/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 刷新自动指标 Refill indicator items */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/evaluation/evaluations/{id}/items/{itemId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 填写评价指标（自评得分或不适用） Enter an item score or 不适用 */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    itemId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        score?: number | null;
                        note?: string | null;
                        notApplicable?: boolean;
                        reason?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/evaluation/evaluations/{id}/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 上传证据（PDF/PNG/JPEG/WebP） Upload evidence for an item */
        post: {
            parameters: {
                query: {
                    itemId: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/evaluation/evaluations/{id}/evidence/{evidenceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载证据 Download evidence */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    evidenceId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/evaluation/evaluations/{id}/experts/candidates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 可选专家（利益冲突标记） Expert candidates */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/evaluation/evaluations/{id}/experts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 分配评价专家（利益冲突回避） Assign experts */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        expertUserIds: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/evaluation/evaluations/{id}/expert-scores": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 专家评分（保存或提交） Expert scores */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        scores: {
                            itemId: string;
                            score: number;
                            comment?: string | null;
                        }[];
                        comment?: string | null;
                        /** @default false */
                        submit?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/evaluation/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的评价任务 My assigned evaluations */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/evaluation/evaluations/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 提交评价 Submit */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/evaluation/evaluations/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 关闭评价（冻结输入和结果） Close and freeze */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/evaluation/evaluations/{id}/recompute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 按冻结输入重算 Recompute from frozen inputs */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/evaluation/ranking": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 评价排名 Ranking of pilot projects */
        get: {
            parameters: {
                query?: {
                    region?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/evaluation/regions/{code}/policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 政策建议 Policy recommendations of a region */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        /** 保存政策建议 Save policy recommendations */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        sections: {
                            title: string;
                            body: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/evaluation/projects/{projectId}/report.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 项目评价报告 PDF */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/evaluation/projects/{projectId}/report.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 项目评价报告 Excel */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/evaluation/regions/{code}/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 区域总结评估数据 Regional summary data */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/evaluation/regions/{code}/summary.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 区域总结评估报告 PDF */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/evaluation/regions/{code}/summary.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 区域总结评估报告 Excel */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/indicators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 指标目录 Indicator catalogue */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                key: string;
                                module: string;
                                name: {
                                    "zh-CN": string;
                                    en: string;
                                };
                                unit: string;
                                /** @enum {string} */
                                direction: "higherIsBetter" | "lowerIsBetter";
                                definition: {
                                    "zh-CN": string;
                                    en: string;
                                };
                                manual: boolean;
                                minValue: number | null;
                                maxValue: number | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tracking/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 动态跟踪看板 Regional dashboard: rankings, distributions, projects × indicators with traffic lights */
        get: {
            parameters: {
                query?: {
                    region?: string;
                    month?: string;
                    rankBy?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tracking/regions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 三地指标对比 Ministry view comparing the regions */
        get: {
            parameters: {
                query?: {
                    month?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tracking/warnings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 预警 Early warnings of the visible projects */
        get: {
            parameters: {
                query?: {
                    region?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tracking/projects/{projectId}/trends": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 指标趋势 Monthly series per indicator with plan targets */
        get: {
            parameters: {
                query?: {
                    keys?: string;
                };
                header?: never;
                path: {
                    projectId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tracking/projects/{projectId}/warnings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 项目预警 Early warnings of a project */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tracking/projects/{projectId}/snapshots/recompute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 重算月度快照 Recompute the monthly snapshots of a project */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            months: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tracking/projects/{projectId}/manual-values": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 手工填报指标 Manually entered indicator values */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** 填报手工指标（附证明材料） Enter a value with evidence */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        indicatorKey: string;
                        value: number;
                        asOf: string;
                        note?: string | null;
                        evidenceIds: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tracking/projects/{projectId}/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 上传证明材料（PDF/PNG/JPEG） Upload an evidence file */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            fileName: string;
                            mediaType: string;
                            sizeBytes: number;
                            sha256: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tracking/projects/{projectId}/evidence/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载证明材料 Download an evidence file */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    projectId: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        SpatialNodeInput: {
            expressId: number;
            globalId: string;
            entity: string;
            name: string | null;
            longName: string | null;
            elevation: number | null;
            area: number | null;
            elementCount: number;
            children: components["schemas"]["SpatialNodeInput"][];
        };
        SpatialNode: {
            expressId: number;
            globalId: string;
            entity: string;
            name: string | null;
            longName: string | null;
            elevation: number | null;
            area: number | null;
            elementCount: number;
            children: components["schemas"]["SpatialNode"][];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
